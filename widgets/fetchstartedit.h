#pragma once

#include "kafkabrowsetypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace weir {

// Where the topic browser starts reading: the oldest record, an offset, a time (ISO 8601,
// UTC unless it says otherwise, or epoch milliseconds) or the newest records.
class FetchStartEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FetchStartEdit(QWidget *parent = nullptr);

    // nullopt, with `error` set, when the text does not fit the kind.
    std::optional<FetchStart> fetchStart(QString *error = nullptr) const;
    void setFetchStart(const FetchStart &start);

    // Parses "2026-11-26T03:00:00Z", "2026-11-26 03:00" (UTC) or epoch milliseconds.
    static std::optional<int64_t> parseTime(const QString &text);

private:
    void kindChanged();

    QComboBox *m_kind;
    QLineEdit *m_value;
};

} // namespace weir
