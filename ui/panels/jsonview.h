#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace qad::ui {

// Shows a JSON document (or any text body) read-only in a monospace font, pretty (indented) or raw (exactly
// the bytes received). A body that is not JSON is always shown as it is.
class JsonView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    QByteArray data() const { return m_data; }
    void clear();

    // What the view shows ("Payload", "Response body"): its accessible name, and its text's, which is what
    // takes the focus (a label's buddy or Tab lands there) and what a screen reader names.
    void setTitle(const QString &title);

    void setPretty(bool pretty);
    bool isPretty() const { return m_pretty; }
    // The text on screen.
    QString text() const;

private:
    void refresh();

    QByteArray m_data;
    bool m_pretty = true;
    QCheckBox *m_prettyToggle;
    QPlainTextEdit *m_text;
};

// The body indented when it is JSON; empty when it is not.
QString prettyJson(const QByteArray &data);

} // namespace qad::ui
