#include "panels/panelfocus.h"

#include <QFocusEvent>

namespace qad::ui {

namespace {

class FocusPasser : public QObject
{
public:
    FocusPasser(QWidget *panel, std::function<QWidget *()> control)
        : QObject(panel)
        , m_control(std::move(control))
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            if (QWidget *control = m_control(); control && control->isEnabled()) {
                control->setFocus(static_cast<QFocusEvent *>(event)->reason());
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<QWidget *()> m_control;
};

} // namespace

void passFocusOn(QWidget *panel, std::function<QWidget *()> control)
{
    panel->installEventFilter(new FocusPasser(panel, std::move(control)));
}

} // namespace qad::ui
