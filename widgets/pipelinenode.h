#pragma once

#include "pipeline.h"

#include <QPointF>
#include <QString>

namespace weir {

// One node as the designer holds it: the file's id, type and parameters, and where the
// canvas draws it (top-left corner, scene coordinates).
struct PipelineNode
{
    QString id;
    QString type;
    Json params = Json::object();
    QPointF position;

    bool operator==(const PipelineNode &) const = default;
};

// The pipeline-wide part of a document: everything in the file except nodes and edges.
struct PipelineSettings
{
    QString name;
    QString description;
    Json settings = Json::object();

    bool operator==(const PipelineSettings &) const = default;
};

} // namespace weir
