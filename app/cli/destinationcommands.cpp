#include "cli/destinationcommands.h"

#include "cli/historycommands.h"
#include "config/destinationjson.h"
#include "config/validation.h"
#include "delivery/requestview.h"
#include "storage/sqlitestorage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace qad::cli {

namespace {

struct DestinationOptions
{
    QCommandLineOption name { QStringLiteral("name"), Tr::tr("Destination name (unique, 1–256 characters)."),
        QStringLiteral("NAME") };
    QCommandLineOption url { QStringLiteral("url"),
        Tr::tr("The Qualtrics JSON-event URL, exactly as copied."), QStringLiteral("URL") };
    QCommandLineOption username { QStringLiteral("username"), Tr::tr("Qualtrics username (for Basic auth)."),
        QStringLiteral("USERNAME") };
    QCommandLineOption auth { QStringLiteral("auth"),
        Tr::tr("Auth mode: basic (default) or header (X-API-TOKEN)."), QStringLiteral("MODE") };
    QCommandLineOption description { QStringLiteral("description"), Tr::tr("Free description."),
        QStringLiteral("TEXT") };
    QCommandLineOption identity { QStringLiteral("identity"),
        Tr::tr("Identity mapping SOURCE_NAMESPACE:TARGET, target email or external_id "
               "(repeatable), e.g. Email:email, ECID:external_id."),
        QStringLiteral("SRC:TARGET") };
    QCommandLineOption map { QStringLiteral("map"),
        Tr::tr("Attribute mapping SOURCE_PATH=TARGET_PATH (repeatable), e.g. "
               "person.name.firstName=firstName."),
        QStringLiteral("SOURCE=TARGET") };
    QCommandLineOption audience { QStringLiteral("audience"),
        Tr::tr("Audience (segment) id with an optional name, ID[=NAME] (repeatable)."),
        QStringLiteral("ID[=NAME]") };
    QCommandLineOption exportOn { QStringLiteral("export-on"),
        Tr::tr("membership-or-attributes (default) or membership-only."), QStringLiteral("WHEN") };
    QCommandLineOption rateLimit { QStringLiteral("rate-limit"),
        Tr::tr("Requests per minute at most (default 3000; 0 = unlimited)."), QStringLiteral("PER_MINUTE") };
    QCommandLineOption concurrency { QStringLiteral("concurrency"), Tr::tr("Requests in flight (default 6)."),
        QStringLiteral("N") };
    QCommandLineOption timeout { QStringLiteral("timeout"), Tr::tr("Per-attempt deadline (default 10)."),
        QStringLiteral("SECONDS") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ name, url, username, auth, description, identity, map, audience, exportOn,
            rateLimit, concurrency, timeout });
    }
};

// Applies the options that were given to `d`; prints what is malformed and returns false.
bool applyOptions(Context &ctx, const QCommandLineParser &p, const DestinationOptions &o, Destination &d)
{
    bool ok = true;
    auto bad = [&](const QString &message) {
        ctx.fail(UsageError, message);
        ok = false;
    };
    if (p.isSet(o.name)) {
        d.name = p.value(o.name);
    }
    if (p.isSet(o.url)) {
        d.url = p.value(o.url).trimmed();
    }
    if (p.isSet(o.username)) {
        d.username = p.value(o.username);
    }
    if (p.isSet(o.description)) {
        d.description = p.value(o.description);
    }
    if (p.isSet(o.auth)) {
        if (auto mode = authModeFromString(p.value(o.auth))) {
            d.authMode = *mode;
        } else {
            bad(Tr::tr("--auth: \"%1\" is not an auth mode; use basic or header.").arg(p.value(o.auth)));
        }
    }
    if (p.isSet(o.identity)) {
        d.identities.clear();
        for (const QString &value : p.values(o.identity)) {
            const int colon = value.lastIndexOf(QLatin1Char(':'));
            const auto target = colon > 0 ? identityTargetFromString(value.mid(colon + 1)) : std::nullopt;
            if (!target) {
                bad(Tr::tr("--identity: \"%1\" is not SOURCE:TARGET with TARGET email or external_id "
                           "(e.g. Email:email).")
                        .arg(value));
                continue;
            }
            d.identities.append({ value.left(colon).trimmed(), *target });
        }
    }
    if (p.isSet(o.map)) {
        d.attributes.clear();
        for (const QString &value : p.values(o.map)) {
            const int eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == value.size() - 1) {
                bad(Tr::tr("--map: \"%1\" is not SOURCE=TARGET (e.g. person.name.firstName=firstName).")
                        .arg(value));
                continue;
            }
            d.attributes.append({ value.left(eq).trimmed(), value.mid(eq + 1).trimmed() });
        }
    }
    if (p.isSet(o.audience)) {
        d.audiences.clear();
        for (const QString &value : p.values(o.audience)) {
            const int eq = value.indexOf(QLatin1Char('='));
            Audience a;
            a.id = (eq < 0 ? value : value.left(eq)).trimmed();
            a.name = eq < 0 ? QString() : value.mid(eq + 1).trimmed();
            d.audiences.append(a);
        }
    }
    if (p.isSet(o.exportOn)) {
        if (auto when = exportOnFromString(p.value(o.exportOn))) {
            d.exportOn = *when;
        } else {
            bad(Tr::tr("--export-on: use membership-or-attributes or membership-only."));
        }
    }
    // The delivery settings' ranges are validation's (SPEC §3), which tells them for any number an int holds.
    // For one beyond, the range is what validation says of the nearest int.
    auto integer = [&](const QCommandLineOption &option, int *target, const QString &field) {
        if (!p.isSet(option)) {
            return;
        }
        const WholeNumber n = parseWholeNumber(p.value(option));
        const QString problem = wholeNumberProblem(option, p.value(option), n);
        *target = n.value;
        if (!n.isNumber) {
            bad(problem);
        } else if (n.beyond != 0) {
            QStringList range;
            for (const ValidationIssue &issue : validateDestination(d)) {
                if (issue.isError() && issue.field == field) {
                    range.append(issue.message);
                }
            }
            if (range.isEmpty()) {
                range.append(n.beyond > 0 ? Tr::tr("The largest number it takes is %1.").arg(n.value)
                                          : Tr::tr("The smallest number it takes is %1.").arg(n.value));
            }
            bad(problem + QLatin1Char(' ') + range.join(QLatin1Char(' ')));
        }
    };
    integer(o.rateLimit, &d.delivery.rateLimitPerMinute, QStringLiteral("delivery.rateLimitPerMinute"));
    integer(o.concurrency, &d.delivery.concurrency, QStringLiteral("delivery.concurrency"));
    integer(o.timeout, &d.delivery.timeoutSeconds, QStringLiteral("delivery.timeoutSeconds"));
    return ok;
}

void printWarnings(Context &ctx, const QList<ValidationIssue> &warnings)
{
    for (const ValidationIssue &w : warnings) {
        ctx.warn(w.toString());
    }
}

int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    DestinationOptions o;
    o.addTo(parser);
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl destination add: create a destination; prints its id. --name, --url and "
                   "--identity are required, and --username with basic auth."),
            &code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(
            UsageError, Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    ConfigStore *store = ctx.config();
    if (!store) {
        return UsageError;
    }
    Destination d;
    if (!applyOptions(ctx, parser, o, d)) {
        return UsageError;
    }
    QList<ValidationIssue> warnings;
    auto added = store->add(d, &warnings);
    if (!added) {
        return ctx.fail(UsageError, added.error().message);
    }
    printWarnings(ctx, warnings);
    ctx.out << added->id << Qt::endl;
    return Success;
}

int edit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    DestinationOptions o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination (id, id prefix or name)."));
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl destination edit: change only the options given. --identity, --map and --audience "
                   "replace the whole list when given: repeat every entry to keep."),
            &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("destination edit takes one destination id."));
    }
    const Destination *current = ctx.destination(parser.positionalArguments().first());
    if (!current) {
        return UsageError;
    }
    Destination d = *current;
    if (!applyOptions(ctx, parser, o, d)) {
        return UsageError;
    }
    QList<ValidationIssue> warnings;
    auto updated = ctx.config()->update(d, &warnings);
    if (!updated) {
        return ctx.fail(UsageError, updated.error().message);
    }
    printWarnings(ctx, warnings);
    ctx.out << updated->id << Qt::endl;
    return Success;
}

// The state delivery follows (shownState()), in words. The run-time state and the last attempt live in the
// database, which is read when there is one (it is not created for this).
QString stateText(Context &ctx, const Destination &d)
{
    DestinationRuntime runtime;
    DeliveryHealth delivery;
    if (QFileInfo::exists(SqliteStorage(ctx.dataDir()).databasePath())) {
        if (Storage *storage = ctx.storage()) {
            if (auto r = storage->runtime(d.id)) {
                runtime = *r;
            }
            if (auto h = storage->deliveryHealth(d.id)) {
                delivery = *h;
            }
        }
    }
    const ShownState shown = shownState(d, runtime, delivery);
    if (shown.state == u"paused") {
        return shown.pausedReason.isEmpty() ? Tr::tr("paused") : Tr::tr("paused: %1").arg(shown.pausedReason);
    }
    return shown.state == u"error" ? Tr::tr("error") : Tr::tr("enabled");
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOption(json);
    int code = Success;
    if (!parseCommand(
            ctx, parser, args, Tr::tr("qadctl destination list: the configured destinations."), &code)) {
        return code;
    }
    // `destination list NAME` lists them all, which reads as if NAME had been found.
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(
            UsageError, Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    ConfigStore *store = ctx.config();
    if (!store) {
        return UsageError;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Destination &d : store->destinations()) {
            array.append(toJson(d));
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (store->destinations().isEmpty()) {
        ctx.err << Tr::tr("No destinations yet: create one with `qadctl destination add`.") << Qt::endl;
        return Success;
    }
    for (const Destination &d : store->destinations()) {
        ctx.out << d.id << QLatin1Char('\t') << d.name << QLatin1Char('\t') << stateText(ctx, d)
                << QLatin1Char('\t') << redactedUrl(d.url) << Qt::endl;
    }
    return Success;
}

int show(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    int code = Success;
    if (!parseCommand(
            ctx, parser, args, Tr::tr("qadctl destination show: one destination's configuration."), &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("destination show takes one destination id."));
    }
    const Destination *d = ctx.destination(parser.positionalArguments().first());
    if (!d) {
        return UsageError;
    }
    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(toJson(*d)).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream &o = ctx.out;
    o << Tr::tr("Id:           %1").arg(d->id) << Qt::endl;
    o << Tr::tr("Name:         %1").arg(d->name) << Qt::endl;
    if (!d->description.isEmpty()) {
        o << Tr::tr("Description:  %1").arg(d->description) << Qt::endl;
    }
    o << Tr::tr("URL:          %1").arg(d->url) << Qt::endl;
    o << Tr::tr("Auth:         %1 (%2)").arg(toString(d->authMode), d->username) << Qt::endl;
    o << Tr::tr("State:        %1").arg(stateText(ctx, *d)) << Qt::endl;
    o << Tr::tr("Export on:    %1").arg(toString(d->exportOn)) << Qt::endl;
    for (const IdentityMapping &m : d->identities) {
        o << Tr::tr("Identity:     %1 → %2").arg(m.sourceNamespace, toString(m.target)) << Qt::endl;
    }
    for (const AttributeMapping &m : d->attributes) {
        o << Tr::tr("Attribute:    %1 → %2").arg(m.source, m.target) << Qt::endl;
    }
    for (const Audience &a : d->audiences) {
        // Its dates, when it has any: outside them the audience exports nothing (SPEC §5).
        const QString audience = Tr::tr("Audience:     %1 %2").arg(a.id, a.name);
        const QString start = a.startDate ? a.startDate->toString(Qt::ISODate) : QString();
        const QString end = a.endDate ? a.endDate->toString(Qt::ISODate) : QString();
        if (a.startDate && a.endDate) {
            o << Tr::tr("%1, from %2 to %3", "an audience of destination show, then its dates")
                     .arg(audience.trimmed(), start, end);
        } else if (a.startDate) {
            o << Tr::tr("%1, from %2", "an audience of destination show, then its start date")
                     .arg(audience.trimmed(), start);
        } else if (a.endDate) {
            o << Tr::tr("%1, until %2", "an audience of destination show, then its end date")
                     .arg(audience.trimmed(), end);
        } else {
            o << audience;
        }
        o << Qt::endl;
    }
    if (d->delivery.rateLimitPerMinute == 0) {
        o << Tr::tr("Delivery:     no rate limit, %1 in flight, %2 s deadline")
                 .arg(d->delivery.concurrency)
                 .arg(d->delivery.timeoutSeconds);
    } else {
        o << Tr::tr("Delivery:     %1/min, %2 in flight, %3 s deadline")
                 .arg(d->delivery.rateLimitPerMinute)
                 .arg(d->delivery.concurrency)
                 .arg(d->delivery.timeoutSeconds);
    }
    o << Qt::endl;
    return Success;
}

int singleIdCommand(Context &ctx, const QStringList &args, const QString &usage, const Destination **out)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    int code = Success;
    if (!parseCommand(ctx, parser, args, usage, &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("This command takes one destination id."));
    }
    *out = ctx.destination(parser.positionalArguments().first());
    return *out ? -1 : UsageError;
}

int remove(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    const QCommandLineOption force(QStringLiteral("force"),
        Tr::tr("Remove it even though activations are still queued for it: they are never sent."));
    parser.addOption(force);
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl destination remove: delete a destination and its token. Its history stays in the "
                   "database."),
            &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("This command takes one destination id."));
    }
    const Destination *d = ctx.destination(parser.positionalArguments().first());
    if (!d) {
        return UsageError;
    }
    const QString id = d->id;
    const QString name = d->name;
    // Queued work is data not delivered yet: a removed destination would never send it.
    if (!parser.isSet(force) && QFileInfo::exists(SqliteStorage(ctx.dataDir()).databasePath())) {
        Storage *storage = ctx.storage();
        if (!storage) {
            return OperationFailed;
        }
        const Expected<qint64> queued = storage->unfinishedCount({ id });
        if (!queued) {
            return ctx.fail(OperationFailed, queued.error().message);
        }
        if (*queued > 0) {
            return ctx.fail(OperationFailed,
                Tr::tr("Destination \"%1\" still has %n activation(s) queued (pending, being sent or waiting "
                       "for "
                       "a retry); removed, it would never send them. Deliver them first (`qadctl run %2 "
                       "--source FILE --exit-when-idle`, after `qadctl resume %2` if it is paused), or "
                       "remove it "
                       "anyway with --force: its history stays in the database.",
                    nullptr, int(*queued))
                    .arg(name, id));
        }
    }
    // Said only of a history there is: quietly, since --force removes a destination whose database cannot be
    // opened too.
    bool keepsHistory = false;
    if (SqliteStorage storage(ctx.dataDir()); QFileInfo::exists(storage.databasePath()) && storage.open()) {
        keepsHistory = hasHistory(storage, id);
    }
    if (const Status status = ctx.config()->remove(id); !status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    if (qEnvironmentVariableIsEmpty("QAD_API_TOKEN")) {
        if (const Status status = ctx.secrets().remove(id); !status) {
            ctx.warn(
                Tr::tr("the destination is removed, but its token could not be deleted from the keychain: %1")
                    .arg(status.error().message));
        }
    }
    if (keepsHistory) {
        ctx.err << Tr::tr("Removed destination \"%1\" (%2). Its history stays until it ages out: `qadctl "
                          "history %2` reads it.")
                       .arg(name, id)
                << Qt::endl;
    } else {
        ctx.err << Tr::tr("Removed destination \"%1\" (%2). It had no history.").arg(name, id) << Qt::endl;
    }
    return Success;
}

int exportCommand(Context &ctx, const QStringList &args)
{
    const Destination *d = nullptr;
    if (int code = singleIdCommand(ctx, args,
            Tr::tr("qadctl destination export: print a destination as JSON, without secrets."), &d);
        code >= 0) {
        return code;
    }
    ctx.out << QString::fromUtf8(exportDestination(*d));
    return Success;
}

int importCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Tr::tr("A file written by destination export, or -."));
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl destination import: add a destination from an export."), &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("destination import takes one file (or - for standard input)."));
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    if (!openInput(ctx, file, QStringLiteral("destination import"), path, &code)) {
        return code;
    }
    auto imported = importDestination(file.readAll());
    if (!imported) {
        return ctx.fail(UsageError, Tr::tr("%1: %2").arg(path, imported.error().message));
    }
    ConfigStore *store = ctx.config();
    if (!store) {
        return UsageError;
    }
    Destination d = *imported;
    // An import never replaces a destination: the same file imported twice makes a second one (with a new
    // id), or is refused for its name. Nor does it bring an id that a reference to another one could mean.
    if (d.id.isEmpty() || !store->matching(d.id).isEmpty()) {
        d.id = Destination::newId();
    }
    QList<ValidationIssue> warnings;
    auto added = store->add(d, &warnings);
    if (!added) {
        return ctx.fail(UsageError, added.error().message);
    }
    printWarnings(ctx, warnings);
    ctx.err
        << Tr::tr("Imported \"%1\". Store its token with: qadctl token set %2").arg(added->name, added->id)
        << Qt::endl;
    ctx.out << added->id << Qt::endl;
    return Success;
}

QString destinationHelp()
{
    return Tr::tr(
        "Usage: qadctl destination COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  add --name N --url U --identity SRC:TARGET… [options]   create a destination; prints its id\n"
        "  edit ID [options of add]                                change only the options given\n"
        "  list [--json]                                           the configured destinations\n"
        "  show ID [--json]                                        one destination's configuration\n"
        "  remove ID [--force]                                     delete a destination and its token\n"
        "  export ID                                               print it as JSON, without secrets\n"
        "  import FILE|-                                           add a destination from an export\n"
        "\n"
        "ID is a destination's id, the start of it (4 characters or more) or its name.\n"
        "qadctl destination COMMAND --help shows a command's options.\n");
}

} // namespace

int destinationCommand(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    ctx.addCommandWord(sub); // read by the subcommands' help only
    if (sub == u"add") {
        return add(ctx, rest);
    }
    if (sub == u"edit") {
        return edit(ctx, rest);
    }
    if (sub == u"list") {
        return list(ctx, rest);
    }
    if (sub == u"show") {
        return show(ctx, rest);
    }
    if (sub == u"remove") {
        return remove(ctx, rest);
    }
    if (sub == u"export") {
        return exportCommand(ctx, rest);
    }
    if (sub == u"import") {
        return importCommand(ctx, rest);
    }
    if (sub == u"help" || asksForHelp(args)) {
        ctx.out << destinationHelp();
        return Success;
    }
    if (!sub.isEmpty()) {
        return ctx.fail(UsageError,
            Tr::tr("Unknown command \"destination %1\"; use one of: add, edit, list, show, remove, export, "
                   "import.")
                .arg(sub));
    }
    return ctx.fail(
        UsageError, Tr::tr("destination needs one of: add, edit, list, show, remove, export, import."));
}

} // namespace qad::cli
