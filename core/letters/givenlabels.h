// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lettercolumns.h"
#include "model/complaintletter.h"
#include "model/dimension.h"
#include "model/service.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Yardstick {

// The labels a letters table's label columns give (--label-service,
// --label-dimension): values matched to the workbench's services by code or
// name and to its dimensions by key or name, case and spacing ignored, after
// the value maps of the table's mapping (each table listed in one import
// may have its own). Values no service or dimension has are counted
// for a note; such a letter keeps its suggestion.
class GivenLabels final
{
public:
    GivenLabels(const QList<Service> &services, const QList<Dimension> &dimensions);

    // Applies the labels to a letter whose suggestion is already made. A
    // known service and dimension confirm the letter. A service alone is
    // kept through later suggestions (its confidence left unset marks it as
    // given) while the dimensions stay suggested; a dimension alone is
    // confirmed with no service, for the analyst to give.
    // `columns`: the mapping of the table the values come from, whose value
    // maps translate them; it must outlive this object.
    void apply(const QString &serviceValue, const QString &dimensionValue,
               const LetterColumns &columns, ComplaintLetter &letter);

    // "letters.csv: label "Mortgage" is no service of the workbench (3
    // letters); their service is suggested instead." One per value.
    QStringList notes(const QString &file) const;
    int given() const { return m_given; }

private:
    // A mapping's value maps, keys normalised as headers compare.
    struct ValueMaps
    {
        QHash<QString, QString> services;
        QHash<QString, QString> dimensions;
    };
    const ValueMaps &valueMaps(const LetterColumns &columns);
    std::optional<qint64> service(const QString &value, const ValueMaps &maps) const;
    std::optional<qint64> dimension(const QString &value, const ValueMaps &maps) const;

    QHash<QString, qint64> m_services;                   // normalised code and name -> id
    QHash<QString, qint64> m_dimensions;                 // normalised key and name -> id
    QHash<const LetterColumns *, ValueMaps> m_valueMaps; // normalised once per mapping
    QMap<QString, int> m_unknownServices;
    QMap<QString, int> m_unknownDimensions;
    int m_given = 0;
};

} // namespace Yardstick
