#pragma once

#include <QWidget>
#include <functional>

namespace qad::ui {

// A panel takes no keyboard focus itself: given it (Ctrl+1…4, Enter in the destinations list), it passes it
// on to the control its keyboard work starts at, which `control` names when asked (it may depend on the
// panel's state). Not a focus proxy: Qt makes a widget with one a Tab stop that leads straight to the proxy,
// jumping over the controls laid out before it.
void passFocusOn(QWidget *panel, std::function<QWidget *()> control);

} // namespace qad::ui
