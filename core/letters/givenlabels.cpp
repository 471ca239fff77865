// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "givenlabels.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::GivenLabels)
};

QHash<QString, QString> normalisedMap(const QHash<QString, QString> &map)
{
    QHash<QString, QString> result;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(normalisedHeader(it.key()), it.value());
    return result;
}

} // namespace

GivenLabels::GivenLabels(const QList<Service> &services, const QList<Dimension> &dimensions)
{
    // Names first, codes after: a code wins where one service's name is
    // another's code.
    for (const Service &s : services)
        m_services.insert(normalisedHeader(s.name), s.id);
    for (const Service &s : services)
        m_services.insert(normalisedHeader(s.code), s.id);
    for (const Dimension &d : dimensions)
        m_dimensions.insert(normalisedHeader(d.name), d.id);
    for (const Dimension &d : dimensions)
        m_dimensions.insert(normalisedHeader(d.key), d.id);
}

const GivenLabels::ValueMaps &GivenLabels::valueMaps(const LetterColumns &columns)
{
    auto it = m_valueMaps.find(&columns);
    if (it == m_valueMaps.end()) {
        it = m_valueMaps.insert(&columns, {normalisedMap(columns.serviceValueMap),
                                           normalisedMap(columns.dimensionValueMap)});
    }
    return *it;
}

std::optional<qint64> GivenLabels::service(const QString &value, const ValueMaps &maps) const
{
    const QString key = normalisedHeader(value);
    const QString mapped = normalisedHeader(maps.services.value(key, value));
    if (const auto it = m_services.constFind(mapped); it != m_services.cend())
        return *it;
    return std::nullopt;
}

std::optional<qint64> GivenLabels::dimension(const QString &value, const ValueMaps &maps) const
{
    const QString key = normalisedHeader(value);
    const QString mapped = normalisedHeader(maps.dimensions.value(key, value));
    if (const auto it = m_dimensions.constFind(mapped); it != m_dimensions.cend())
        return *it;
    return std::nullopt;
}

void GivenLabels::apply(const QString &serviceValue, const QString &dimensionValue,
                        const LetterColumns &columns, ComplaintLetter &letter)
{
    const ValueMaps &maps = valueMaps(columns);
    std::optional<qint64> serviceId;
    std::optional<qint64> dimensionId;
    if (!serviceValue.isEmpty() && !(serviceId = service(serviceValue, maps)))
        ++m_unknownServices[serviceValue];
    if (!dimensionValue.isEmpty() && !(dimensionId = dimension(dimensionValue, maps)))
        ++m_unknownDimensions[dimensionValue];
    if (!serviceId && !dimensionId)
        return;
    ++m_given;
    if (serviceId) {
        letter.serviceId = serviceId;
        letter.serviceConfidence.reset();
    }
    if (dimensionId) {
        letter.dimensions = {DimensionLabel{*dimensionId, 1.0}};
        letter.primaryDimensionId = dimensionId;
        if (!serviceId) {
            letter.serviceId.reset();
            letter.serviceConfidence.reset();
        }
        letter.labelStatus = LabelStatus::Confirmed;
    } else {
        letter.labelStatus = LabelStatus::Suggested;
    }
}

QStringList GivenLabels::notes(const QString &file) const
{
    QStringList notes;
    for (auto it = m_unknownServices.cbegin(); it != m_unknownServices.cend(); ++it) {
        notes.append(Tr::tr("%1: label \"%2\" is no service of the workbench (%n letter(s)); "
                            "their service is suggested instead.",
                            nullptr, it.value())
                         .arg(file, it.key()));
    }
    for (auto it = m_unknownDimensions.cbegin(); it != m_unknownDimensions.cend(); ++it) {
        notes.append(Tr::tr("%1: label \"%2\" is no dimension of the workbench (%n letter(s)); "
                            "their dimensions are suggested instead.",
                            nullptr, it.value())
                         .arg(file, it.key()));
    }
    return notes;
}

} // namespace Yardstick
