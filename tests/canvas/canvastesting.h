#pragma once

#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "pipelineview.h"

#include <QTest>

// A real model, editor, scene and view, shown offscreen, for the canvas tests.
struct Canvas
{
    Canvas()
    {
        view.resize(1200, 700);
        view.show();
    }

    static QString sourcePath(const QString &relative)
    {
        return QStringLiteral(WEIR_SOURCE_DIR "/") + relative;
    }

    QString openExample()
    {
        const QString error = editor.openFile(
            sourcePath(QStringLiteral("resources/examples/user_events.weir.json")));
        view.resetZoom();
        view.centerOn(scene.nodesBoundingRect().center());
        return error;
    }

    QPoint viewportPos(QPointF scenePos) const { return view.mapFromScene(scenePos); }

    // A left-button drag on the viewport, in scene coordinates, in a few steps.
    void drag(QPointF from, QPointF to, int steps = 4)
    {
        QWidget *viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPos(from));
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport, viewportPos(from + (to - from) * i / steps));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPos(to));
    }

    weir::PipelineModel model;
    weir::PipelineEditor editor {&model};
    weir::PipelineScene scene {&editor};
    weir::PipelineView view {&scene};
};
