// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/letterclassifier.h"
#include "model/complaintletter.h"
#include "model/letterlink.h"
#include "workbench/referencedata.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QToolButton;
class QSplitter;
class QTextBrowser;

namespace Yardstick {

// The complaint list's reader: the letter's header fields and the export's
// other columns (its attributes), its (masked) text with the lexicon terms
// marked, then its labels with confidences and why, where it came
// from, where its handling stands, and the standards it is linked to.
class LetterReaderPane final : public QWidget
{
    Q_OBJECT

public:
    // What the pane shows of one letter.
    struct Content
    {
        ComplaintLetter letter; // as shown in the list (live suggestions included)
        Classification why;     // the classifier's reading of classifiableText(letter)
        QList<LetterLink> links;
        QHash<qint64, QString> standardNames; // "APP-T-01 Application decision time"
        int trainedOn = 0;                    // confirmed letters the model learnt from
    };

    explicit LetterReaderPane(QWidget *parent = nullptr);

    void setReference(const ReferenceData &reference) { m_reference = reference; }
    void showLetter(const Content &content);
    void showNothing(const QString &message);

    QLabel *attributesLabel() const { return m_attributes; }
    QTextBrowser *textBrowser() const { return m_text; }
    QTextBrowser *detailsBrowser() const { return m_details; }
    QListWidget *linkList() const { return m_links; }
    QSplitter *splitter() const { return m_splitter; }
    // The link chosen in the list, else the only one.
    std::optional<qint64> chosenLinkId() const;
    // Buttons beside the links run these (owned by the view).
    void setLinkActions(QAction *link, QAction *unlink);

private:
    QString describe(const TermHit &hit) const;
    QString labelsHtml(const Content &content) const;
    QString whyHtml(const Content &content) const;
    QString provenanceHtml(const ComplaintLetter &letter) const;
    QString handlingHtml(const ComplaintLetter &letter) const;

    ReferenceData m_reference;
    QLabel *m_heading = nullptr;
    QLabel *m_attributes = nullptr; // the export's other columns: "Product: Credit card"
    QTextBrowser *m_text = nullptr;
    QTextBrowser *m_details = nullptr;
    QListWidget *m_links = nullptr;
    QToolButton *m_linkButton = nullptr;
    QToolButton *m_unlinkButton = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Yardstick
