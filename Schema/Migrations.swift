/// The SQL migrations compiled into the binary, in the order they are applied.
public enum SchemaMigrations {
    /// Each migration's identifier (its file name without `.sql`) and SQL text.
    public static let all: [(identifier: String, sql: String)] = [
        // SwiftPM names a resource by its file name, with a leading digit replaced by "_".
        ("001_core", String(decoding: PackageResources._01_core_sql, as: UTF8.self)),
        ("002_decision_log", String(decoding: PackageResources._02_decision_log_sql, as: UTF8.self)),
        ("003_person_search", String(decoding: PackageResources._03_person_search_sql, as: UTF8.self)),
        ("004_person_scale_checks", String(decoding: PackageResources._04_person_scale_checks_sql, as: UTF8.self)),
        ("005_viewer_and_actor", String(decoding: PackageResources._05_viewer_and_actor_sql, as: UTF8.self)),
        ("006_accounts", String(decoding: PackageResources._06_accounts_sql, as: UTF8.self)),
        ("007_accountability", String(decoding: PackageResources._07_accountability_sql, as: UTF8.self)),
        ("008_data_version", String(decoding: PackageResources._08_data_version_sql, as: UTF8.self)),
        ("009_ranking_monitor", String(decoding: PackageResources._09_ranking_monitor_sql, as: UTF8.self)),
    ]
}
