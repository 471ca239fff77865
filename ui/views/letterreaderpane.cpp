// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterreaderpane.h"

#include "itemmodels/lettertext.h"
#include "letterhighlighter.h"
#include "model/valueformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(double confidence)
{
    return ValueFormat::value(confidence * 100, QStringLiteral("%"));
}

QString when(const QDateTime &moment)
{
    const QLocale locale;
    return locale.toString(moment.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}

} // namespace

LetterReaderPane::LetterReaderPane(QWidget *parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("letterHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);

    m_attributes = new QLabel(this);
    m_attributes->setObjectName(QStringLiteral("letterAttributes"));
    m_attributes->setTextFormat(Qt::RichText);
    m_attributes->setWordWrap(true);
    m_attributes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attributes->hide();

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("letterText"));
    m_text->setOpenLinks(false);
    m_text->setReadOnly(true);
    m_text->setFocusPolicy(Qt::ClickFocus); // Tab stays on the list

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("letterDetails"));
    m_details->setOpenLinks(false);
    m_details->setFocusPolicy(Qt::ClickFocus);

    auto *linksBox = new QWidget(this);
    m_links = new QListWidget(linksBox);
    m_links->setObjectName(QStringLiteral("letterLinks"));
    m_links->setMaximumHeight(m_links->fontMetrics().height() * 3 + 12);
    m_linkButton = new QToolButton(linksBox);
    m_unlinkButton = new QToolButton(linksBox);
    auto *linksLayout = new QVBoxLayout(linksBox);
    linksLayout->setContentsMargins(0, 0, 0, 0);
    auto *linksHeader = new QHBoxLayout;
    linksHeader->addWidget(new QLabel(tr("<b>Linked standards</b>"), linksBox), 1);
    linksHeader->addWidget(m_linkButton);
    linksHeader->addWidget(m_unlinkButton);
    linksLayout->addLayout(linksHeader);
    linksLayout->addWidget(m_links);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details, 1);
    lowerLayout->addWidget(linksBox);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("letterReaderSplitter"));
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_attributes);
    layout->addWidget(m_splitter, 1);
    showNothing(tr("Select a letter to read it."));
}

void LetterReaderPane::setLinkActions(QAction *link, QAction *unlink)
{
    m_linkButton->setDefaultAction(link);
    m_unlinkButton->setDefaultAction(unlink);
}

std::optional<qint64> LetterReaderPane::chosenLinkId() const
{
    if (QListWidgetItem *item = m_links->currentItem())
        return item->data(Qt::UserRole).toLongLong();
    if (m_links->count() == 1)
        return m_links->item(0)->data(Qt::UserRole).toLongLong();
    return std::nullopt;
}

void LetterReaderPane::showNothing(const QString &message)
{
    m_heading->setText(QString());
    m_attributes->clear();
    m_attributes->hide();
    m_text->setPlainText(message);
    m_details->clear();
    m_links->clear();
}

QString LetterReaderPane::describe(const TermHit &hit) const
{
    switch (hit.target) {
    case LexiconTarget::Service:
        for (const Service &s : m_reference.services) {
            if (s.code == hit.key)
                return tr("the service %1").arg(s.name);
        }
        return tr("the service %1").arg(hit.key);
    case LexiconTarget::Dimension:
        for (const Dimension &d : m_reference.dimensions) {
            if (d.key == hit.key)
                return d.name;
        }
        return hit.key;
    case LexiconTarget::Severity:
        if (const std::optional<Severity> severity = severityFromKey(hit.key))
            return tr("%1 severity").arg(LetterText::severityName(*severity).toLower());
        return hit.key;
    }
    return hit.key;
}

void LetterReaderPane::showLetter(const Content &content)
{
    const ComplaintLetter &letter = content.letter;
    QString heading = QStringLiteral("<b>%1</b>").arg(escaped(letter.reference));
    if (!letter.customerRef.isEmpty())
        heading += tr(" · customer %1").arg(escaped(letter.customerRef));
    heading += QStringLiteral(" · ") + escaped(when(letter.receivedAt));
    if (letter.keyCustomer) {
        heading += QStringLiteral(" · <span style=\"color:#c62828\"><b>%1</b></span>")
                       .arg(tr("key customer (red channel)"));
    }
    m_heading->setText(heading);

    // One line per column, in the export's order, as the analyst knows them.
    QStringList attributes;
    for (const LetterAttribute &attribute : letter.attributes)
        attributes.append(tr("%1: %2").arg(escaped(attribute.name), escaped(attribute.value)));
    m_attributes->setText(attributes.join(QStringLiteral("<br>")));
    m_attributes->setVisible(!attributes.isEmpty());

    LetterHighlighter::fill(*m_text->document(), classifiableText(letter), content.why.terms,
                            [this](const TermHit &hit) { return describe(hit); });

    m_details->setHtml(labelsHtml(content) + whyHtml(content) + handlingHtml(letter) +
                       provenanceHtml(letter));

    m_links->clear();
    for (const LetterLink &link : content.links) {
        QString text =
            content.standardNames.value(link.standardId, tr("standard %1").arg(link.standardId));
        if (!link.caseId.isEmpty())
            text = tr("%1 — case %2").arg(text, link.caseId);
        auto *item = new QListWidgetItem(text, m_links);
        item->setData(Qt::UserRole, link.id);
    }
}

QString LetterReaderPane::labelsHtml(const Content &content) const
{
    const ComplaintLetter &letter = content.letter;
    const bool confirmed = letter.labelStatus == LabelStatus::Confirmed;
    QString html = tr("<p><b>Labels</b> — %1</p>")
                       .arg(confirmed ? tr("confirmed")
                            : letter.labelStatus == LabelStatus::Suggested
                                ? tr("suggested; Return confirms, 1–7 corrects")
                                : tr("none yet; 1–7 sets the dimension"));
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    const auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name, value);
    };
    QString service = tr("not known");
    if (!confirmed && !letter.serviceId && !content.why.serviceCode.isEmpty()) {
        // Below the confidence floor: the guess is shown, not filed.
        QString guess = escaped(content.why.serviceCode);
        for (const Service &s : m_reference.services) {
            if (s.code == content.why.serviceCode)
                guess = escaped(s.name);
        }
        service =
            tr("<b>needs a look</b> — best guess %1 (%2), below the %3 floor")
                .arg(guess, percent(content.why.serviceConfidence), percent(kConfidenceFloor));
    } else if (letter.serviceId) {
        service = escaped(m_reference.serviceName(*letter.serviceId));
        if (letter.serviceConfidence && !confirmed)
            service = tr("%1 (%2)").arg(service, percent(*letter.serviceConfidence));
    }
    row(tr("Service:"), service);
    QStringList dimensions;
    for (const DimensionLabel &d : letter.dimensions) {
        const QString name = escaped(m_reference.dimensionName(d.dimensionId));
        dimensions.append(confirmed ? name : tr("%1 (%2)").arg(name, percent(d.confidence)));
    }
    if (!dimensions.isEmpty())
        dimensions.first() = tr("<b>%1</b>").arg(dimensions.constFirst());
    row(tr("Dimensions:"),
        dimensions.isEmpty() ? tr("none") : dimensions.join(QStringLiteral(", ")));
    // A letter labelled before severity was judged (or by hand) shows the
    // classifier's reading, marked as such.
    row(tr("Severity:"), letter.severity
                             ? LetterText::severityName(*letter.severity)
                             : tr("%1 (the classifier's reading)")
                                   .arg(LetterText::severityName(content.why.severity)));
    html += QStringLiteral("</table>");
    return html;
}

QString LetterReaderPane::whyHtml(const Content &content) const
{
    const Classification &why = content.why;
    const auto source = [](LabelSource s) {
        switch (s) {
        case LabelSource::Lexicon:
            return tr("the lexicon");
        case LabelSource::Model:
            return tr("the model");
        case LabelSource::None:
            break;
        }
        return tr("nothing");
    };
    QString html = tr("<p><b>Why</b> — the classifier reads: service %1 (from %2), dimensions "
                      "from %3.</p>")
                       .arg(why.serviceCode.isEmpty() ? tr("unknown") : escaped(why.serviceCode),
                            source(why.serviceSource), source(why.dimensionSource));
    QStringList dimensions;
    for (const LabelScore &score : why.dimensions) {
        QString name = score.key;
        for (const Dimension &d : m_reference.dimensions) {
            if (d.key == score.key)
                name = d.name;
        }
        dimensions.append(tr("%1 %2").arg(escaped(name), percent(score.confidence)));
    }
    if (!dimensions.isEmpty())
        html += tr("<p>Dimensions now: %1</p>").arg(dimensions.join(QStringLiteral(", ")));
    QStringList terms;
    for (const TermHit &hit : why.terms) {
        if (hit.weight == 0)
            continue; // claims its words without pointing anywhere
        const QString term = escaped(hit.term);
        terms.append(hit.negated ? tr("<s>%1</s> (negated)").arg(term)
                                 : tr("%1 → %2").arg(term, escaped(describe(hit))));
    }
    html += tr("<p>Terms: %1</p>")
                .arg(terms.isEmpty() ? tr("none found") : terms.join(QStringLiteral("; ")));
    if (!why.modelTerms.isEmpty()) {
        html += tr("<p>Model tokens (trained on %n confirmed letter(s)): %1</p>", nullptr,
                   content.trainedOn)
                    .arg(escaped(why.modelTerms.join(QStringLiteral(", "))));
    }
    return html;
}

QString LetterReaderPane::handlingHtml(const ComplaintLetter &letter) const
{
    QString html = tr("<p><b>Handling</b> — %1").arg(LetterText::statusName(letter.status));
    html += QStringLiteral("<br>");
    html += letter.firstResponseAt.isValid()
                ? tr("First response: %1").arg(escaped(when(letter.firstResponseAt)))
                : tr("No response yet");
    if (letter.resolvedAt.isValid())
        html += QStringLiteral("<br>") + tr("Resolved: %1").arg(escaped(when(letter.resolvedAt)));
    html += QStringLiteral("</p>");
    return html;
}

QString LetterReaderPane::provenanceHtml(const ComplaintLetter &letter) const
{
    QStringList lines;
    const QString channel = LetterText::channelName(letter.channel).toLower();
    if (letter.receivedSource == ReceivedSource::Unknown) {
        lines.append(tr("Received %1 by %2; where the date came from is not recorded")
                         .arg(escaped(when(letter.receivedAt)), channel));
    } else {
        lines.append(tr("Received %1 by %2, the date from %3")
                         .arg(escaped(when(letter.receivedAt)), channel,
                              LetterText::receivedSourceName(letter.receivedSource)));
    }
    if (!letter.sourceFile.isEmpty())
        lines.append(tr("File: %1").arg(escaped(letter.sourceFile)));
    if (!letter.encoding.isEmpty())
        lines.append(tr("Encoding: %1").arg(escaped(letter.encoding)));
    if (letter.maskedCardNumbers > 0) {
        lines.append(tr("%n card number(s) masked", nullptr, letter.maskedCardNumbers));
    }
    return tr("<p><b>Provenance</b><br>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

} // namespace Yardstick
