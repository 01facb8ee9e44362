#include "aboutdialog.h"

#include "libraryinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace weir {

namespace {

enum Column { Name, Version, License, ColumnCount };

// Qt's modules Weir links, under the LGPL as Debian ships them.
LibraryInfo qtLibrary()
{
    return {"Qt (Core, Gui, Widgets, Network, DBus, Concurrent, Svg, Charts)", qVersion(),
            "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
            "Copyright (C) The Qt Company Ltd. and other contributors", "https://www.qt.io"};
}

std::vector<LibraryInfo> allLibraries()
{
    std::vector<LibraryInfo> libraries {qtLibrary()};
    for (LibraryInfo &library : engineLibraries())
        libraries.push_back(std::move(library));
    return libraries;
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(
        QStringLiteral("<h2>Weir %1</h2><p>%2</p>")
            .arg(QStringLiteral(WEIR_VERSION),
                 AboutDialog::tr("Design, run, watch and debug real-time data pipelines.")));
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Weir"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/weir.svg")).pixmap(64, 64));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading(this), 1);

    auto *built = new QLabel(tr("Built with Qt %1, running on Qt %2, %3.")
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                      QSysInfo::prettyProductName()),
                             this);
    built->setWordWrap(true);

    m_libraries = new QTableWidget(0, ColumnCount, this);
    m_libraries->setObjectName(QStringLiteral("libraries"));
    m_libraries->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_libraries->verticalHeader()->hide();
    m_libraries->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_libraries->setAccessibleName(tr("Libraries and their licences"));
    fillLibraries();

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setOpenExternalLinks(true);
    m_notice->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_libraries, &QTableWidget::currentCellChanged, this,
            [this](int row) { showNotice(row); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Version Info"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(built);
    layout->addWidget(new QLabel(tr("Weir is built on these libraries:"), this));
    layout->addWidget(m_libraries, 1);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    resize(640, 480);
    m_libraries->setCurrentCell(0, Name);
}

void AboutDialog::fillLibraries()
{
    const std::vector<LibraryInfo> libraries = allLibraries();
    m_libraries->setRowCount(int(libraries.size()));
    for (int row = 0; row < int(libraries.size()); ++row) {
        const LibraryInfo &library = libraries[size_t(row)];
        m_libraries->setItem(row, Name, new QTableWidgetItem(QString::fromStdString(library.name)));
        const QString version = QString::fromStdString(library.version);
        m_libraries->setItem(row, Version,
                             new QTableWidgetItem(version.isEmpty() ? QStringLiteral("—") : version));
        m_libraries->setItem(row, License,
                             new QTableWidgetItem(QString::fromStdString(library.license)));
        m_libraries->item(row, Name)->setData(
            Qt::UserRole, QStringLiteral("%1<br><a href=\"%2\">%2</a>")
                              .arg(QString::fromStdString(library.copyright).toHtmlEscaped(),
                                   QString::fromStdString(library.url)));
    }
    m_libraries->resizeColumnToContents(Version);
    m_libraries->resizeColumnToContents(License);
}

void AboutDialog::showNotice(int row)
{
    const QTableWidgetItem *item = m_libraries->item(row, Name);
    m_notice->setText(item ? item->data(Qt::UserRole).toString() : QString());
}

QString AboutDialog::versionReport() const
{
    QStringList lines {QStringLiteral("Weir %1 (%2)").arg(QStringLiteral(WEIR_VERSION),
                                                          QSysInfo::prettyProductName())};
    for (const LibraryInfo &library : allLibraries()) {
        const QString name = QString::fromStdString(library.name);
        const QString version = QString::fromStdString(library.version);
        lines << QStringLiteral("%1 (%2)").arg(version.isEmpty() ? name : name + u' ' + version,
                                               QString::fromStdString(library.license));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace weir
