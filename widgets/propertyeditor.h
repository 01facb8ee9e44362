#pragma once

#include "pipeline.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QScrollArea;

namespace weir {

class ParamEditor;
class ParamRow;
class PipelineEditor;
class PipelineModel;
class PropertyHeader;

// A form generated from the node registry for one node's parameters, or for the pipeline
// settings (name, description and the registry's pipelineSettings()) when the node is "".
// Every change goes through PipelineEditor (setParam, setPipelineSettings, renameNode),
// so each finished edit is one undo step. The form follows the model (parameter changes,
// renames, removal, reset, undo) without rebuilding, so the field being typed in keeps
// its focus, and marks each parameter the validation finds wrong with its message.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(PipelineEditor *editor, QWidget *parent = nullptr);
    ~PropertyEditor() override;

    void setNode(const QString &id); // "" = pipeline settings
    QString node() const { return m_node; }
    // The editor of a parameter (a ParamEditor); "id" for the node id, "name" and
    // "description" for the pipeline's. nullptr when the form has no such field.
    QWidget *fieldEditor(const QString &param) const;
    // Scrolls to a parameter's editor and focuses it (from the problems panel).
    void focusParam(const QString &param);
    // The problems shown under a parameter's editor, one per line; "" for the header's.
    QString problemText(const QString &param) const;

private:
    void finishEditing();
    void rebuild();
    void addRow(ParamEditor *editor);
    void addNodeRows();
    void addSettingsRows();
    void updateValues();
    void updateProblems();
    void edit(const QString &param, const Json &value);
    void editSettings(const QString &param, const Json &value);
    void rename(const Json &value);
    ParamRow *row(const QString &param) const;
    QStringList upstreamFields() const;

    PipelineEditor *m_editor;
    PipelineModel *m_model;
    QString m_node;
    QString m_renameRefusal;
    QScrollArea *m_scroll;
    QWidget *m_form = nullptr;
    PropertyHeader *m_header = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<ParamRow *> m_rows;
    int m_nextRow = 0;
};

} // namespace weir
