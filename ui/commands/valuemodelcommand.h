// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/valuemodel.h"
#include "storage/storageresult.h"

#include <QUndoCommand>

#include <optional>

namespace Yardstick {

class ValueModelRepository;

// Sets, changes or removes a standard's value model (nullopt: none). Like
// the other commands it is pushed after its first run succeeded, so the
// stack holds only edits that happened; undo and redo write the file at once.
class SetValueModelCommand final : public QUndoCommand
{
public:
    SetValueModelCommand(ValueModelRepository &models, qint64 standardId,
                         std::optional<ValueModel> before, std::optional<ValueModel> after,
                         const QString &standardCode, CommandErrorReporter report);
    void undo() override;
    void redo() override;

    // Writes `model` for the standard (set it, or remove the standard's
    // one) if the stored one is still `expected`.
    static StorageResult write(ValueModelRepository &models, qint64 standardId,
                               const std::optional<ValueModel> &model,
                               const std::optional<ValueModel> &expected);

private:
    ValueModelRepository &m_models;
    qint64 m_standardId = 0;
    std::optional<ValueModel> m_before;
    std::optional<ValueModel> m_after;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
