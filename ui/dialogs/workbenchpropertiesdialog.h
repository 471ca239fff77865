// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;

namespace Yardstick {

class PropertyRepository;

// The workbench's title (the window's caption), the organisation printed
// in the footer of every exported chart and report pack, and the headline
// standards the dashboard shows as tiles. Written to the file when the
// analyst presses OK.
class WorkbenchPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkbenchPropertiesDialog(PropertyRepository &properties, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QLineEdit *headlinesEdit() const { return m_headlines; }
    // Whether OK wrote a change.
    bool changed() const { return m_changed; }

    void accept() override;

private:
    // After a refusal: the field shows what is stored now.
    void showStored(const QString &key);

    PropertyRepository &m_properties;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_headlines = nullptr;
    QLabel *m_error = nullptr;
    bool m_changed = false;
    // Each field as stored when the dialog opened, and as its editor then
    // read: a field the analyst changed is not saved over another window's
    // change of it made since.
    QMap<QString, QString> m_opened;
    QMap<QString, QString> m_shown;
};

} // namespace Yardstick
