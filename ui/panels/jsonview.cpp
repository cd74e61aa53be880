#include "panels/jsonview.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace qad::ui {

QString prettyJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        return {};
    }
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_prettyToggle(new QCheckBox(tr("Pretty"), this))
    , m_text(new QPlainTextEdit(this))
{
    m_prettyToggle->setObjectName(QStringLiteral("prettyToggle"));
    m_prettyToggle->setToolTip(tr("Indent JSON for reading; clear to see the bytes exactly as they are."));
    m_prettyToggle->setChecked(m_pretty);
    m_text->setObjectName(QStringLiteral("jsonText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prettyToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);

    setFocusProxy(m_text);
    connect(m_prettyToggle, &QCheckBox::toggled, this, &JsonView::setPretty);
    refresh();
}

void JsonView::setTitle(const QString &title)
{
    setAccessibleName(title);
    m_text->setAccessibleName(title);
    m_prettyToggle->setAccessibleName(
        tr("Pretty: %1", "the checkbox that indents a view, then the view's title").arg(title));
}

void JsonView::setData(const QByteArray &data)
{
    m_data = data;
    refresh();
}

void JsonView::clear()
{
    setData({});
}

void JsonView::setPretty(bool pretty)
{
    m_pretty = pretty;
    if (m_prettyToggle->isChecked() != pretty) {
        m_prettyToggle->setChecked(pretty); // re-enters through toggled(); refreshes there
        return;
    }
    refresh();
}

QString JsonView::text() const
{
    return m_text->toPlainText();
}

void JsonView::refresh()
{
    const QString pretty = m_pretty ? prettyJson(m_data) : QString();
    m_text->setPlainText(pretty.isEmpty() ? QString::fromUtf8(m_data) : pretty);
}

} // namespace qad::ui
