#pragma once

// A translator of the few messages a test gives it, and of no other: installed for the time of a test, it
// shows that a text goes through tr() before the shipped translations have it.
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QTranslator>

namespace qad::test {

class MessageTranslator : public QTranslator
{
public:
    MessageTranslator() { QCoreApplication::installTranslator(this); }
    ~MessageTranslator() override { QCoreApplication::removeTranslator(this); }
    MessageTranslator(const MessageTranslator &) = delete;
    MessageTranslator &operator=(const MessageTranslator &) = delete;

    // `context` as tr() gives it, the class's name with its namespaces ("qad::ui::ReviewPage"); whatever the
    // disambiguation.
    void add(const QString &context, const QString &source, const QString &translation)
    {
        m_messages.insert(context + QChar(u'\n') + source, translation);
    }

    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_messages.value(QString::fromUtf8(context) + QChar(u'\n') + QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_messages;
};

} // namespace qad::test
