#pragma once

#include "pipelinefile.h"

#include <QFile>
#include <QString>

#include <string>

// Helpers for the designer's headless tests.

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(WEIR_SOURCE_DIR "/") + relative;
}

inline std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

// The article pipeline fed by the generator, as its template holds it.
inline QString articleTemplatePath()
{
    return sourcePath(QStringLiteral("resources/examples/user_events_generator.weir.json"));
}

// The file text of `text` with every position taken out.
inline std::string withoutPositions(const std::string &text)
{
    weir::Pipeline pipeline = weir::loadPipeline(text);
    for (weir::NodeSpec &node : pipeline.nodes)
        node.position.reset();
    return weir::savePipeline(pipeline);
}
