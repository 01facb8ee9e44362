#pragma once

#include <QDBusConnection>
#include <QDBusError>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QVariantMap>

// A private D-Bus session bus (a real dbus-daemon) for the window tests, and, on its own
// connection, whoever owns org.freedesktop.Notifications there: it records every
// notification the application sends, as a desktop's notification daemon would show it.
class NotificationObserver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    // Starts the bus; call before anything in the process touches the session bus.
    bool startBus(QString *error)
    {
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(10000)) {
            *error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
            return false;
        }
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000)) {
                *error = QStringLiteral("dbus-daemon printed no address");
                return false;
            }
        }
        const QByteArray address = m_daemon.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QDBusConnection bus = QDBusConnection::connectToBus(QString::fromUtf8(address),
                                                            QStringLiteral("observer"));
        if (!bus.isConnected() || !bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                                      this, QDBusConnection::ExportAllSlots)
            || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
            *error = QStringLiteral("cannot serve notifications: ") + bus.lastError().message();
            return false;
        }
        return true;
    }

    ~NotificationObserver() override
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("observer"));
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    QStringList summaries;
    QStringList bodies;

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        summaries << summary;
        bodies << body;
        return uint(summaries.size());
    }

private:
    QProcess m_daemon;
};
