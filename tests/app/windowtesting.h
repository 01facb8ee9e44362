#pragma once

#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

// Shared set-up of the designer window tests: settings and data directories in Qt's test
// locations (never the user's), one file per test program (ctest runs them in parallel),
// cleared for each test case.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("WeirTest"));
    QApplication::setApplicationName(QFileInfo(QApplication::applicationFilePath()).baseName());
    QSettings().clear();
}

// Answers the next modal message box with `button` as soon as it opens (polled, as a
// modal exec() blocks the caller). `seen` receives its text.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *seen = nullptr)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seen)
            *seen = box->text();
        poll->stop();
        poll->deleteLater();
        box->button(button)->click();
    });
    poll->start();
}

inline QString templatePath(const QString &name)
{
    return QStringLiteral(":/templates/%1.weir.json").arg(name);
}
