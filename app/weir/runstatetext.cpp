#include "runstatetext.h"

#include <QCoreApplication>

namespace weir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(weir::RunStateText)
};

constexpr RunState kStates[] = {RunState::Idle,     RunState::Starting, RunState::Running,
                                RunState::Paused,   RunState::Stopping, RunState::Finished,
                                RunState::Failed};

} // namespace

QString runStateText(RunState state)
{
    switch (state) {
    case RunState::Idle:
        return Text::tr("Idle");
    case RunState::Starting:
        return Text::tr("Starting");
    case RunState::Running:
        return Text::tr("Running");
    case RunState::Paused:
        return Text::tr("Paused");
    case RunState::Stopping:
        return Text::tr("Stopping");
    case RunState::Finished:
        return Text::tr("Finished");
    case RunState::Failed:
        return Text::tr("Failed");
    }
    return Text::tr("Idle");
}

QString runStateText(const std::string &name)
{
    for (const RunState state : kStates) {
        if (name == runStateName(state))
            return runStateText(state);
    }
    return QString::fromStdString(name);
}

} // namespace weir
