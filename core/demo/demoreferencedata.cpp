// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoreferencedata.h"

#include "workbench/referencedimensions.h"
#include "workbench/workbench.h"

namespace Yardstick {

namespace {

struct ServiceRow
{
    const char *code;
    const char *name;
    const char *description;
    const char *department;
    int weeklyVolume;
    const char *unitNoun;
};

// Volumes are for a division with about 400,000 accounts: monthly statements
// and payments run to tens of thousands a week, applications to a few hundred.
constexpr ServiceRow kServices[] = {
    {"APP", "Application processing",
     "Assessing new card applications, from receipt to a decision and an open account.", "NAC", 170,
     "applications"},
    {"NEW", "New-card issuance",
     "Embossing and mailing the first card and PIN for a newly opened account.", "CPR", 150,
     "cards"},
    {"REP", "Card replacement",
     "Replacing lost, stolen, damaged and expiring cards, from request to the card in the mail.",
     "CPR", 120, "replacements"},
    {"BIL", "Billing statement delivery",
     "Producing and mailing the monthly statement, on paper and online.", "BOP", 95000,
     "statements"},
    {"INQ", "Bill-inquiry response",
     "Answering cardholders' questions about their bills, by letter, e-mail and telephone.", "CSV",
     230, "inquiries"},
    {"ADR", "Address change",
     "Recording a cardholder's new address on the account, its cards and its statements.", "CMR",
     1400, "address changes"},
    {"CMP", "Complaint handling",
     "Acknowledging, investigating and resolving cardholders' complaints.", "CRL", 320,
     "complaints"},
    {"FEE", "Account-service-fee agency",
     "Charging, explaining, waiving and refunding account-service fees.", "FSV", 2100,
     "fee postings"},
    {"PAY", "Payment posting", "Crediting cardholders' payments to their accounts.", "PPR", 88000,
     "payments"},
    {"CLR", "Credit-limit review",
     "Deciding requests to raise a credit limit and periodic reviews.", "CRD", 650,
     "limit requests"},
    {"LST", "Lost and stolen card reporting",
     "Taking reports of lost or stolen cards, blocking them and handling fraud claims.", "CSE", 420,
     "reports"},
    {"DSP", "Dispute resolution",
     "Investigating disputed charges, crediting cardholders and filing chargebacks.", "DCB", 260,
     "disputes"},
};

constexpr std::pair<const char *, const char *> kDepartments[] = {
    {"NAC", "New Accounts"},     {"CPR", "Card Production"},          {"BOP", "Billing Operations"},
    {"CSV", "Customer Service"}, {"CMR", "Cardmember Records"},       {"CRL", "Customer Relations"},
    {"FSV", "Fee Services"},     {"PPR", "Payment Processing"},       {"CRD", "Credit Review"},
    {"CSE", "Card Security"},    {"DCB", "Disputes and Chargebacks"},
};

} // namespace

DemoReferenceData::DemoReferenceData()
{
    for (const ServiceRow &row : kServices) {
        m_services.append({{0, QLatin1String(row.code), QString::fromUtf8(row.name),
                            QString::fromUtf8(row.description)},
                           QLatin1String(row.department),
                           row.weeklyVolume,
                           QString::fromUtf8(row.unitNoun)});
    }
    for (const auto &[code, name] : kDepartments)
        m_departments.append({0, QLatin1String(code), QString::fromUtf8(name)});
    // The same dimensions as every new workbench: one definition.
    m_dimensions = referenceDimensions();
}

StorageResult DemoReferenceData::insertInto(Workbench &workbench)
{
    for (Department &department : m_departments) {
        if (StorageResult r = workbench.departments().insert(department); !r.ok())
            return r;
    }
    for (ServiceInfo &info : m_services) {
        if (StorageResult r = workbench.services().insert(info.service); !r.ok())
            return r;
    }
    // Added only where missing, so a workbench made with them already does
    // not get them twice; read back for the ids.
    if (StorageResult r = addReferenceDimensions(workbench); !r.ok())
        return r;
    m_dimensions = workbench.dimensions().all();
    return StorageResult::success();
}

const DemoReferenceData::ServiceInfo &DemoReferenceData::service(const QString &code) const
{
    for (const ServiceInfo &info : m_services) {
        if (info.service.code == code)
            return info;
    }
    qFatal("Demo service %s is not defined", qPrintable(code));
}

qint64 DemoReferenceData::serviceId(const QString &code) const
{
    return service(code).service.id;
}

qint64 DemoReferenceData::departmentId(const QString &code) const
{
    for (const Department &department : m_departments) {
        if (department.code == code)
            return department.id;
    }
    qFatal("Demo department %s is not defined", qPrintable(code));
}

qint64 DemoReferenceData::dimensionId(const QString &key) const
{
    for (const Dimension &dimension : m_dimensions) {
        if (dimension.key == key)
            return dimension.id;
    }
    qFatal("Demo dimension %s is not defined", qPrintable(key));
}

} // namespace Yardstick
