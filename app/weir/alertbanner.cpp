#include "alertbanner.h"

#include "nodepainter.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace weir {

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setAccessibleName(tr("Firing alerts"));
    // A tint of the alert colour with the palette's text: readable in both themes.
    QColor tint = NodePainter::alertColor();
    tint.setAlpha(48);
    setStyleSheet(QStringLiteral("#alertBanner { background: rgba(%1, %2, %3, %4);"
                                 " border-left: 4px solid %5; }")
                      .arg(tint.red())
                      .arg(tint.green())
                      .arg(tint.blue())
                      .arg(tint.alpha())
                      .arg(NodePainter::alertColor().name()));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/alert.svg")).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void AlertBanner::setAlerts(const QStringList &messages)
{
    m_messages = messages;
    m_text->setText(messages.join(QLatin1Char('\n')));
    setVisible(!messages.isEmpty());
}

} // namespace weir
