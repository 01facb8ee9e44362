#pragma once

#include "pipelineeditor.h"
#include "pipelinemodel.h"

#include <QString>

// Helpers for the panel tests: the example pipeline in a real model and editor.

inline QString examplePath()
{
    return QStringLiteral(WEIR_SOURCE_DIR "/resources/examples/user_events.weir.json");
}

struct ExampleDocument
{
    weir::PipelineModel model;
    weir::PipelineEditor editor {&model};

    ExampleDocument()
    {
        const QString error = editor.openFile(examplePath());
        Q_ASSERT(error.isEmpty());
        model.validateNow();
    }
};

// The messages of the model's problems with this node and parameter, one per line.
inline QString modelProblemText(const weir::PipelineModel &model, const QString &node,
                                const QString &param)
{
    QStringList messages;
    for (const weir::Problem &p : model.problemsOf(node)) {
        if (QString::fromStdString(p.param) == param)
            messages << QString::fromStdString(p.message);
    }
    return messages.join(QLatin1Char('\n'));
}
