/// The seed CSV files compiled into the binary, by table.
public enum SeedFiles {
    public static let employers = text(PackageResources.employers_csv)
    public static let scales = text(PackageResources.scales_csv)
    public static let nlqfLevels = text(PackageResources.nlqf_levels_csv)
    public static let domains = text(PackageResources.domains_csv)
    public static let skills = text(PackageResources.skills_csv)
    public static let skillRelations = text(PackageResources.skill_relations_csv)
    public static let jobTitles = text(PackageResources.job_titles_csv)
    public static let credentials = text(PackageResources.credentials_csv)
    public static let courses = text(PackageResources.courses_csv)
    /// The fields of the Algoritmeregister's publication standard 1.0.0 (key, Dutch title,
    /// type, maximum length, required, permitted values separated by `|`), copied unchanged
    /// from `../shared/reference/`: not a table, the rule `koppel register export` checks.
    public static let algoritmeregisterFields = text(PackageResources.algoritmeregister_v1_fields_csv)

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
