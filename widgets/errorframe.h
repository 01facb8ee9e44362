#pragma once

#include <QWidget>

namespace weir {

// Holds one editor and, while the value is wrong, draws a red frame around it.
class ErrorFrame : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorFrame(QWidget *content, QWidget *parent = nullptr);

    void setError(bool error);
    bool hasError() const { return m_error; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_error = false;
};

// Red that reads well on the palette's window colour (light or dark).
QColor errorColor(const QPalette &palette);

} // namespace weir
