#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace weir {

namespace {

const char kService[] = "org.freedesktop.Notifications";
const char kPath[] = "/org/freedesktop/Notifications";
constexpr int kTimeoutMs = 10000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

bool DesktopNotifier::notify(const QString &summary, const QString &body)
{
    m_lastError.clear();
    return notifyOverDBus(summary, body) || notifyInTray(summary, body);
}

bool DesktopNotifier::notifyOverDBus(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()->isServiceRegistered(kService)) {
        m_lastError = tr("no desktop notification service on the session bus");
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService,
                                                       QStringLiteral("Notify"));
    call << QGuiApplication::applicationDisplayName() << uint(0) << QStringLiteral("weir")
         << summary << body << QStringList() << QVariantMap() << kTimeoutMs;
    // Not waiting for the reply: a slow notification daemon must not stall the GUI.
    if (!bus.send(call)) {
        m_lastError = bus.lastError().message();
        return false;
    }
    return true;
}

bool DesktopNotifier::notifyInTray(const QString &summary, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        m_lastError += tr(", and no system tray");
        return false;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/weir.svg")), this);
        m_tray->show();
    }
    m_tray->showMessage(summary, body, QSystemTrayIcon::Warning, kTimeoutMs);
    return true;
}

} // namespace weir
