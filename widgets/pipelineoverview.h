#pragma once

#include <QWidget>

namespace weir {

class PipelineView;

// The minimap of a PipelineView: every node scaled down and the visible part of the
// scene as a frame. Clicking or dragging on it centres the view there. The view shows
// it only while the nodes do not fit in its viewport.
class PipelineOverview : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineOverview(PipelineView *view);

    // Whether the nodes extend past the view's visible rect.
    bool isNeeded() const;
    QRectF overviewSceneRect() const; // what the minimap spans, in scene coordinates

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QTransform sceneToWidget() const;
    void centreViewAt(QPointF widgetPos);

    PipelineView *m_view;
};

} // namespace weir
