#pragma once

#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

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

// Calls `answer` with the next modal message box as soon as it opens (polled, as a modal
// exec() blocks the caller).
inline void onNextMessageBox(std::function<void(QMessageBox *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer = std::move(answer)] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        answer(box);
    });
    poll->start();
}

// Answers the next modal message box with `button`. `seen` receives its text.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *seen = nullptr)
{
    onNextMessageBox([button, seen](QMessageBox *box) {
        if (seen)
            *seen = box->text();
        box->button(button)->click();
    });
}

// Answers the next modal message box with its (custom) button of `role`.
inline void answerNextMessageBox(QMessageBox::ButtonRole role, QString *seen = nullptr)
{
    onNextMessageBox([role, seen](QMessageBox *box) {
        if (seen)
            *seen = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                return button->click();
        }
    });
}

inline QString templatePath(const QString &name)
{
    return QStringLiteral(":/templates/%1.weir.json").arg(name);
}
