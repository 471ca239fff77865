// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintlistmodel.h"

#include "classify/letterlabeller.h"
#include "lettertext.h"

#include <QLocale>

#include <algorithm>

namespace Yardstick {

ComplaintListModel::ComplaintListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComplaintListModel::setReference(ReferenceData reference)
{
    m_reference = std::move(reference);
    if (!m_letters.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ComplaintListModel::worksBefore(const ComplaintLetter &a, const ComplaintLetter &b)
{
    if (a.keyCustomer != b.keyCustomer)
        return a.keyCustomer;
    if (a.receivedAt != b.receivedAt)
        return a.receivedAt > b.receivedAt;
    return a.id > b.id;
}

void ComplaintListModel::setLetters(QList<ComplaintLetter> letters)
{
    std::stable_sort(letters.begin(), letters.end(), &ComplaintListModel::worksBefore);
    beginResetModel();
    m_letters = std::move(letters);
    endResetModel();
}

void ComplaintListModel::setLetter(const ComplaintLetter &letter)
{
    const int row = rowOf(letter.id);
    if (row < 0)
        return;
    m_letters[row] = letter;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ComplaintListModel::rowOf(qint64 letterId) const
{
    for (int row = 0; row < m_letters.size(); ++row) {
        if (m_letters.at(row).id == letterId)
            return row;
    }
    return -1;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintListModel::dimensionsText(const ComplaintLetter &letter) const
{
    if (letter.dimensions.isEmpty()) {
        return letter.primaryDimensionId ? m_reference.dimensionName(*letter.primaryDimensionId)
                                         : QString();
    }
    QString text = m_reference.dimensionName(letter.dimensions.constFirst().dimensionId);
    QStringList others;
    for (qsizetype i = 1; i < letter.dimensions.size(); ++i)
        others.append(m_reference.dimensionName(letter.dimensions.at(i).dimensionId));
    if (!others.isEmpty()) {
        //: The primary dimension, then the others in brackets: "Timeliness (+ Accuracy)"
        text = tr("%1 (+ %2)").arg(text, others.join(QStringLiteral(", ")));
    }
    return text;
}

QVariant ComplaintListModel::display(const ComplaintLetter &letter, int column) const
{
    switch (column) {
    case FlagColumn:
        return letter.keyCustomer ? tr("Key") : QString();
    case ReceivedColumn: {
        // Minutes are enough to tell letters apart; seconds only crowd the column.
        const QLocale locale;
        return locale.toString(letter.receivedAt.toLocalTime(),
                               locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    }
    case ReferenceColumn:
        return letter.reference;
    case ChannelColumn:
        return LetterText::channelName(letter.channel);
    case ServiceColumn:
        if (LetterLabeller::needsLook(letter))
            return tr("Needs a look");
        return letter.serviceId ? m_reference.serviceName(*letter.serviceId) : QString();
    case DimensionColumn:
        return dimensionsText(letter);
    case SeverityColumn:
        return letter.severity ? LetterText::severityName(*letter.severity) : QString();
    case LabelStatusColumn:
        return LetterText::labelStatusName(letter.labelStatus);
    case StatusColumn:
        return LetterText::statusName(letter.status);
    case TextColumn:
        return LetterText::firstLine(letter.subject.isEmpty() ? letter.text : letter.subject);
    default:
        return {};
    }
}

QVariant ComplaintListModel::sortValue(const ComplaintLetter &letter, int row, int column) const
{
    switch (column) {
    case FlagColumn:
        // The working order itself: the rows are kept in it.
        return row;
    case ReceivedColumn:
        return letter.receivedAt;
    case SeverityColumn:
        return letter.severity ? int(*letter.severity) : -1;
    case LabelStatusColumn:
        return int(letter.labelStatus);
    case StatusColumn:
        return int(letter.status);
    default:
        return display(letter, column);
    }
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_letters.size())
        return {};
    const ComplaintLetter &letter = m_letters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(letter, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FlagColumn && letter.keyCustomer)
            return tr("Key customer: the red channel, worked first");
        if (index.column() == TextColumn)
            return letter.text.left(600);
        if (index.column() == ServiceColumn && LetterLabeller::needsLook(letter))
            return tr("No service was suggested with %1% confidence or more: choose it (S).")
                .arg(qRound(kConfidenceFloor * 100));
        return {};
    case SortRole:
        return sortValue(letter, index.row(), index.column());
    case ServiceIdRole:
        return letter.serviceId ? QVariant(*letter.serviceId) : QVariant();
    case DimensionIdRole:
        if (!letter.dimensions.isEmpty())
            return letter.dimensions.constFirst().dimensionId;
        return letter.primaryDimensionId ? QVariant(*letter.primaryDimensionId) : QVariant();
    case StatusRole:
        return int(letter.status);
    case LetterIdRole:
        return letter.id;
    case LabelStatusRole:
        return int(letter.labelStatus);
    case NeedsLookRole:
        return LetterLabeller::needsLook(letter);
    case KeyCustomerRole:
        return letter.keyCustomer;
    case ReceivedAtRole:
        return letter.receivedAt;
    case DimensionIdsRole: {
        QVariantList ids;
        for (const DimensionLabel &d : letter.dimensions)
            ids.append(d.dimensionId);
        if (ids.isEmpty() && letter.primaryDimensionId)
            ids.append(*letter.primaryDimensionId);
        return ids;
    }
    case SeverityRole:
        return letter.severity ? severityKey(*letter.severity) : QString();
    case SearchTextRole: {
        // An export's other columns (a regulator's Product, Issue...) are
        // what an analyst often looks for, so they are searched too.
        QStringList parts{letter.reference, letter.customerRef, letter.subject, letter.text};
        for (const LetterAttribute &attribute : letter.attributes)
            parts.append(attribute.value);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == FlagColumn)
        return tr("Key customers (the red channel)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FlagColumn:
        //: The key-customer flag column: kept narrow
        return tr("Key");
    case ReceivedColumn:
        return tr("Received");
    case ReferenceColumn:
        return tr("Reference");
    case ChannelColumn:
        return tr("Channel");
    case ServiceColumn:
        return tr("Service");
    case DimensionColumn:
        return tr("Dimension");
    case SeverityColumn:
        return tr("Severity");
    case LabelStatusColumn:
        return tr("Labels");
    case StatusColumn:
        return tr("Status");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace Yardstick
