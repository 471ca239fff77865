// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuemodelcommand.h"

#include "storage/valuemodelrepository.h"

#include <QCoreApplication>

#include <utility>

namespace Yardstick {

SetValueModelCommand::SetValueModelCommand(ValueModelRepository &models, qint64 standardId,
                                           std::optional<ValueModel> before,
                                           std::optional<ValueModel> after,
                                           const QString &standardCode, CommandErrorReporter report)
    : m_models(models)
    , m_standardId(standardId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
    setText(m_after ? QCoreApplication::translate("Yardstick::SetValueModelCommand",
                                                  "set value model of %1")
                          .arg(standardCode)
                    : QCoreApplication::translate("Yardstick::SetValueModelCommand",
                                                  "remove value model of %1")
                          .arg(standardCode));
}

StorageResult SetValueModelCommand::write(ValueModelRepository &models, qint64 standardId,
                                          const std::optional<ValueModel> &model,
                                          const std::optional<ValueModel> &expected)
{
    return models.replace(standardId, model, expected);
}

void SetValueModelCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    // Each direction expects the other's state: undo never writes over a
    // later change by someone else.
    if (StorageResult r = write(m_models, m_standardId, m_after, m_before); !r.ok() && m_report)
        m_report(r.error());
}

void SetValueModelCommand::undo()
{
    if (StorageResult r = write(m_models, m_standardId, m_before, m_after); !r.ok() && m_report)
        m_report(r.error());
}

} // namespace Yardstick
