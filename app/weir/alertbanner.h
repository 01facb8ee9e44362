#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace weir {

// The strip above the monitor's charts while alerts fire: one line per alert, in the
// alert colour with a bell, hidden when none fires.
class AlertBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AlertBanner(QWidget *parent = nullptr);

    void setAlerts(const QStringList &messages);
    QStringList alerts() const { return m_messages; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QStringList m_messages;
};

} // namespace weir
