#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace weir {

// Shows a desktop notification: through the freedesktop notification service on the
// session bus (every Linux desktop has one), else through a tray icon's balloon where
// a system tray exists. Where neither is there, notify() says so by returning false;
// the monitor's banner still shows the alert.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    bool notify(const QString &summary, const QString &body);
    // What the last notify() could not do, for the run log.
    QString lastError() const { return m_lastError; }

private:
    bool notifyOverDBus(const QString &summary, const QString &body);
    bool notifyInTray(const QString &summary, const QString &body);

    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastError;
};

} // namespace weir
