// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include "chartexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

using Format = ChartExportOptions::Format;
using Preset = ChartExportOptions::SizePreset;

const QString kGroup = QStringLiteral("chartExport");
constexpr QSize kPreviewSize(360, 220);

// A file name from a chart title: letters, digits and dashes.
QString baseNameOf(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"));
    QString name = title.trimmed().toLower().replace(unsafe, QStringLiteral("-"));
    name = name.left(60);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

} // namespace

ChartExportDialog::ChartExportDialog(const AnyChart &chart, const QString &organisation,
                                     QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_settings(settings)
{
    setWindowTitle(tr("Export Chart"));
    const ChartExportOptions prefilled = ChartExporter::optionsFor(chart, organisation);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), static_cast<int>(Format::Png));
    m_format->addItem(tr("PDF document"), static_cast<int>(Format::Pdf));
    m_format->addItem(tr("SVG drawing"), static_cast<int>(Format::Svg));
    m_format->addItem(tr("PowerPoint slide"), static_cast<int>(Format::Pptx));

    m_size = new QComboBox(this);
    m_size->addItem(tr("Slide 16:9 (1920 × 1080 pixels)"), static_cast<int>(Preset::Slide));
    m_size->addItem(tr("Slide 4:3 (1440 × 1080 pixels)"), static_cast<int>(Preset::Slide4x3));
    m_size->addItem(tr("A4 landscape"), static_cast<int>(Preset::A4Landscape));
    m_size->addItem(tr("A4 portrait"), static_cast<int>(Preset::A4Portrait));
    m_size->addItem(tr("Custom size"), static_cast<int>(Preset::Custom));

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(100, ChartExportOptions::maximumPixels);
        box->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_width->setValue(1600);
    m_height->setValue(900);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(tr("×"), this));
    custom->addWidget(m_height);
    custom->addStretch();

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(ChartExportOptions::minimumDpi, ChartExportOptions::maximumDpi);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(150);
    m_pixels = new QLabel(this);

    m_title = new QLineEdit(prefilled.title, this);
    m_subtitle = new QLineEdit(prefilled.subtitle, this);
    m_footnote = new QLineEdit(prefilled.footnote, this);
    m_organisation = new QLineEdit(prefilled.organisation, this);
    for (QLineEdit *edit : {m_title, m_subtitle, m_footnote, m_organisation}) {
        // Long titles: show their start, and room for about 45 characters.
        edit->setCursorPosition(0);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 45);
    }

    m_logo = new QLineEdit(this);
    m_logo->setPlaceholderText(tr("No logo"));
    auto *logoButton = new QPushButton(tr("Choose…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(logoButton);

    m_file = new QLineEdit(this);
    auto *fileButton = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(fileButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("Custom si&ze:"), custom);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_pixels);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("&Footnote:"), m_footnote);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(tr("Sa&ve as:"), fileRow);
    // The label of a row made of a layout needs its buddy set by hand.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(custom)))
        label->setBuddy(m_width);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(logoRow)))
        label->setBuddy(m_logo);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow)))
        label->setBuddy(m_file);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(m_preview, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ChartExportDialog::updatePreview);

    restoreSettings();
    if (m_file->text().isEmpty()) {
        QString folder = m_settings.value(kGroup + QStringLiteral("/folder")).toString();
        if (folder.isEmpty())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_file->setText(QDir(folder).filePath(baseNameOf(prefilled.title)));
        matchFileSuffix();
    }
    m_file->setCursorPosition(m_file->text().size());

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        matchFileSuffix();
        updateControls();
    });
    connect(m_size, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateControls);
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::updateControls);
    for (QLineEdit *edit : {m_title, m_subtitle, m_footnote, m_organisation, m_logo})
        connect(edit, &QLineEdit::textChanged, this, &ChartExportDialog::schedulePreview);
    connect(m_file, &QLineEdit::textChanged, this, &ChartExportDialog::updateControls);
    connect(logoButton, &QPushButton::clicked, this, &ChartExportDialog::chooseLogo);
    connect(fileButton, &QPushButton::clicked, this, &ChartExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);

    updateControls();
    updatePreview();
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions o;
    o.format = static_cast<Format>(m_format->currentData().toInt());
    o.preset = static_cast<Preset>(m_size->currentData().toInt());
    o.customSize = QSize(m_width->value(), m_height->value());
    o.setDpi(m_dpi->value());
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    o.footnote = m_footnote->text().trimmed();
    o.organisation = m_organisation->text().trimmed();
    o.logoPath = m_logo->text().trimmed();
    return o;
}

QString ChartExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ChartExportDialog::accept()
{
    if (filePath().isEmpty())
        return;
    saveSettings();
    QDialog::accept();
}

void ChartExportDialog::restoreSettings()
{
    m_settings.beginGroup(kGroup);
    const auto format =
        ChartExportOptions::formatFromKey(m_settings.value(QStringLiteral("format")).toString());
    const auto preset =
        ChartExportOptions::presetFromKey(m_settings.value(QStringLiteral("size")).toString());
    if (format)
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(*format)));
    if (preset)
        m_size->setCurrentIndex(m_size->findData(static_cast<int>(*preset)));
    m_width->setValue(m_settings.value(QStringLiteral("width"), m_width->value()).toInt());
    m_height->setValue(m_settings.value(QStringLiteral("height"), m_height->value()).toInt());
    m_dpi->setValue(ChartExportOptions::clampDpi(
        m_settings.value(QStringLiteral("dpi"), m_dpi->value()).toInt()));
    m_logo->setText(m_settings.value(QStringLiteral("logo")).toString());
    m_settings.endGroup();
}

void ChartExportDialog::saveSettings() const
{
    const ChartExportOptions o = options();
    m_settings.beginGroup(kGroup);
    m_settings.setValue(QStringLiteral("format"), ChartExportOptions::formatKey(o.format));
    m_settings.setValue(QStringLiteral("size"), ChartExportOptions::presetKey(o.preset));
    m_settings.setValue(QStringLiteral("width"), o.customSize.width());
    m_settings.setValue(QStringLiteral("height"), o.customSize.height());
    m_settings.setValue(QStringLiteral("dpi"), o.dpi);
    m_settings.setValue(QStringLiteral("logo"), o.logoPath);
    m_settings.setValue(QStringLiteral("folder"), QFileInfo(filePath()).absolutePath());
    m_settings.endGroup();
}

void ChartExportDialog::updateControls()
{
    const ChartExportOptions o = options();
    const bool custom = o.preset == Preset::Custom;
    // A slide is 16:9 whatever the size: the picture takes the slide's shape.
    const bool slide = o.format == Format::Pptx;
    m_size->setEnabled(!slide);
    m_width->setEnabled(custom && !slide);
    m_height->setEnabled(custom && !slide);
    const QSize pixels = o.pixelSize();
    if (slide)
        m_pixels->setText(tr("One 16:9 slide: the chart as a picture, its numbers in the "
                             "speaker notes"));
    else if (o.isPaper())
        m_pixels->setText(
            tr("%1 × %2 pixels at %3 dpi").arg(pixels.width()).arg(pixels.height()).arg(o.dpi));
    else
        m_pixels->setText(tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!filePath().isEmpty());
    schedulePreview();
}

void ChartExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ChartExportDialog::updatePreview()
{
    // Drawing the whole chart for a preview of a few hundred pixels takes
    // some tens of milliseconds: cheap enough to follow every edit.
    const QSize area = m_preview->contentsRect().size().expandedTo(kPreviewSize);
    const qreal ratio = devicePixelRatioF();
    QImage image = ChartExporter::renderPreview(m_chart, options(), area * ratio);
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
}

void ChartExportDialog::chooseFile()
{
    const Format format = options().format;
    const QString filter = format == Format::Png    ? tr("PNG images (*.png)")
                           : format == Format::Pdf  ? tr("PDF documents (*.pdf)")
                           : format == Format::Pptx ? tr("PowerPoint decks (*.pptx)")
                                                    : tr("SVG drawings (*.svg)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), filePath(), filter);
    if (!path.isEmpty()) {
        m_file->setText(path);
        matchFileSuffix();
    }
}

void ChartExportDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void ChartExportDialog::matchFileSuffix()
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QString suffix = ChartExportOptions::fileSuffix(options().format);
    const QFileInfo info(path);
    const bool known = ChartExportOptions::formatFromKey(info.suffix()).has_value();
    const QString base = known ? info.path() + QLatin1Char('/') + info.completeBaseName() : path;
    const QString wanted = base + QLatin1Char('.') + suffix;
    if (wanted != path) {
        const QSignalBlocker blocker(m_file);
        m_file->setText(QDir::cleanPath(wanted));
    }
}

} // namespace Yardstick
