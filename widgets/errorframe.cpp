#include "errorframe.h"

#include <QPainter>
#include <QVBoxLayout>

namespace weir {

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

ErrorFrame::ErrorFrame(QWidget *content, QWidget *parent)
    : QWidget(parent)
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(content);
}

void ErrorFrame::setError(bool error)
{
    if (m_error == error)
        return;
    m_error = error;
    update();
}

void ErrorFrame::paintEvent(QPaintEvent *)
{
    if (!m_error)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(errorColor(palette()), 1.5));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75), 3, 3);
}

} // namespace weir
