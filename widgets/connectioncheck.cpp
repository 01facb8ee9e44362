#include "connectioncheck.h"

#include "noderegistry.h"
#include "pipelinemodel.h"

#include <QCoreApplication>

#include <optional>

namespace weir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(weir::ConnectionCheck)
};

QString portText(const ConnectionId &c)
{
    return c.from + QLatin1Char('.') + c.port;
}

const NodeTypeInfo *typeOf(const PipelineModel &model, const QString &id)
{
    const PipelineNode *node = model.node(id);
    return node ? NodeRegistry::instance().find(node->type.toStdString()) : nullptr;
}

// What kind of records leave a port: equal keys mean equal columns.
struct RecordKind
{
    QString key;
    QString description;
};

std::optional<RecordKind> kindOf(const PipelineModel &model, const ConnectionId &c, int depth = 0);

std::optional<RecordKind> inputKindOf(const PipelineModel &model, const QString &id, int depth)
{
    for (const ConnectionId &c : model.connectionsOf(id)) {
        if (c.to == id)
            return kindOf(model, c, depth + 1);
    }
    return std::nullopt;
}

std::optional<RecordKind> kindOf(const PipelineModel &model, const ConnectionId &c, int depth)
{
    const PipelineNode *node = model.node(c.from);
    const NodeTypeInfo *type = typeOf(model, c.from);
    if (!node || !type || depth > int(model.nodes().size()))
        return std::nullopt;
    if (c.port == QLatin1String("errors"))
        return RecordKind {QStringLiteral("dead letters"), Text::tr("dead letters")};
    if (type->category == "source")
        return RecordKind {QStringLiteral("raw"), Text::tr("raw records")};
    if (c.port == QLatin1String("late") || type->type == "transform.filter"
        || type->type == "transform.watermark")
        return inputKindOf(model, c.from, depth);
    if (type->type == "transform.parse_json")
        return RecordKind {
            QStringLiteral("parsed ")
                + QString::fromStdString(node->params.value("schema", Json()).dump()),
            Text::tr("records parsed by '%1'").arg(c.from)};
    return RecordKind {QStringLiteral("rows of ") + c.from, Text::tr("the rows of '%1'").arg(c.from)};
}

// The path to -> ... -> from along existing connections, empty when there is none.
QStringList pathBetween(const PipelineModel &model, const QString &start, const QString &goal,
                        QStringList visited = {})
{
    if (start == goal)
        return {goal};
    visited << start;
    for (const ConnectionId &c : model.connections()) {
        if (c.from != start || visited.contains(c.to))
            continue;
        QStringList rest = pathBetween(model, c.to, goal, visited);
        if (!rest.isEmpty())
            return QStringList {start} + rest;
        visited << c.to;
    }
    return {};
}

QString portsOf(const NodeTypeInfo &type)
{
    QStringList names;
    for (const PortInfo &port : type.outputs)
        names << QString::fromStdString(port.name);
    return names.join(QStringLiteral(", "));
}

QString endsRefusal(const PipelineModel &model, const ConnectionId &c)
{
    for (const QString &id : {c.from, c.to}) {
        if (!model.node(id))
            return Text::tr("there is no node '%1'").arg(id);
        if (!typeOf(model, id))
            return Text::tr("'%1' has an unknown node type '%2'").arg(id, model.node(id)->type);
    }
    if (c.from == c.to)
        return Text::tr("a node cannot feed itself");
    const NodeTypeInfo &sender = *typeOf(model, c.from);
    const NodeTypeInfo &receiver = *typeOf(model, c.to);
    if (sender.outputs.empty())
        return Text::tr("'%1' is a sink (%2): sinks have no outputs")
            .arg(c.from, QString::fromStdString(sender.type));
    if (!sender.output(c.port.toStdString()))
        return Text::tr("%1 has no port '%2'; its ports: %3")
            .arg(QString::fromStdString(sender.type), c.port, portsOf(sender));
    if (!receiver.hasInput)
        return Text::tr("'%1' is a source (%2) and takes no input")
            .arg(c.to, QString::fromStdString(receiver.type));
    return {};
}

QString inputRefusal(const PipelineModel &model, const ConnectionId &c)
{
    const std::optional<RecordKind> offered = kindOf(model, c);
    for (const ConnectionId &existing : model.connectionsOf(c.to)) {
        if (existing.to != c.to)
            continue;
        const std::optional<RecordKind> fed = kindOf(model, existing);
        if (offered && fed && offered->key != fed->key)
            return Text::tr("'%1' is already fed by %2 with %3; %4 carries %5, and all inputs of a "
                      "node must carry the same records")
                .arg(c.to, portText(existing), fed->description, portText(c), offered->description);
    }
    return {};
}

} // namespace

QString connectionRefusal(const PipelineModel &model, const ConnectionId &c)
{
    if (QString reason = endsRefusal(model, c); !reason.isEmpty())
        return reason;
    if (model.connectionIndex(c) >= 0)
        return Text::tr("%1 already feeds '%2'").arg(portText(c), c.to);
    if (const QStringList path = pathBetween(model, c.to, c.from); !path.isEmpty())
        return Text::tr("this would close a cycle: %1 -> %2; records must flow from sources to sinks")
            .arg(path.join(QStringLiteral(" -> ")), c.to);
    return inputRefusal(model, c);
}

} // namespace weir
