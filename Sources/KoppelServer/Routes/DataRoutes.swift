import HTTPTypes
import Hummingbird
import Koppel

/// Imports (all or nothing, with a dry run) and exports of one kind of record.
///
/// An adviser imports only their own employer's persons and vacancies: every other record is
/// refused with its line and field, and with it the whole file. Imports are otherwise the
/// regional adviser's.
struct DataRoutes {
    let state: ServerState

    struct Summary: Encodable { var kind: String; var records: Int; var dryRun: Bool }

    func add(to group: RouterGroup<KoppelRequestContext>) {
        group.post("imports/:kind") { request, context in
            let (account, viewer) = try context.reader()
            let kind = try entityKind(context)
            let onlyEmployer: String?
            switch viewer {
            case .adviser(let employer): onlyEmployer = employer
            case .regionalAdviser: onlyEmployer = nil
            default: throw Problem.forbidden("\(viewer) may not import")
            }
            let format = try dataFormat(request, default: nil)
            let dryRun = try request.flag("dryRun")
            let bytes = try await request.bytes(context: context)
            let store = state.store
            let summary = try await Blocking.run {
                try store.importData(
                    bytes, kind: kind, file: "body", format: format, dryRun: dryRun, actor: account.id, onlyEmployer: onlyEmployer)
            }
            if !dryRun { state.warm.refresh() }
            return try Reply.json(encoding: Summary(kind: summary.kind, records: summary.records, dryRun: summary.dryRun))
        }
        group.get("exports/:kind") { request, context in
            let (account, viewer) = try context.reader()
            let kind = try entityKind(context)
            let format = try dataFormat(request, default: .json) ?? .json
            let store = state.store
            let text = try await Blocking.run {
                var text = ""
                try store.export(kind, format: format, viewer: viewer) { text += $0 }
                return text
            }
            if kind.name == "persons" {
                let policy = AccessPolicy(viewer)
                let ids = try await Blocking.run { try store.persons().filter(policy.maySee).map(\.id) }
                try await state.recordReads(ids, account, "export")
            }
            return Reply.text(text, contentType: format == .csv ? "text/csv; charset=utf-8" : "application/json")
        }
    }

    func entityKind(_ context: KoppelRequestContext) throws -> EntityKind {
        let name = try context.path("kind")
        guard let kind = EntityKind.named(name) else {
            throw Problem(.notFound, code: "notFound", detail: "no kind '\(name)'; kinds: \(EntityKind.all.map(\.name).joined(separator: ", "))")
        }
        return kind
    }

    func dataFormat(_ request: Request, default fallback: DataFormat?) throws -> DataFormat? {
        guard let text = request.query("format") else { return fallback }
        guard let format = DataFormat(rawValue: text) else { throw Problem.badRequest("format is csv or json") }
        return format
    }
}
