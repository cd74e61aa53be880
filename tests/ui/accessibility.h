#pragma once

// What a screen reader would find nameless: the widgets under `root` that Tab can reach (shown, taking the
// focus themselves rather than through a proxy) whose accessible name is empty. A name comes from
// setAccessibleName(), the widget's own text (a button's), or the label it is the buddy of.
#include <QAccessible>
#include <QStringList>
#include <QWidget>

namespace qad::test {

inline QStringList unnamedTabStops(const QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy()) {
            continue;
        }
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
            const QString what
                = QStringLiteral("%1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className()));
            if (!unnamed.contains(what)) {
                unnamed.append(what);
            }
        }
    }
    return unnamed;
}

} // namespace qad::test
