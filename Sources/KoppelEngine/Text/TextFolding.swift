import Foundation

/// Folds text for matching: lower case, no diacritics, ligatures spelled out.
///
/// `"Coördinator Hengelo"` and `"COORDINATOR hengelo"` fold to the same text, and so do
/// `"Ĳssel"` and `"ijssel"`, so a trainee can type without accents.
public enum TextFolding {
    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            case "ø", "Ø": scalars.append("o")
            case "æ", "Æ": scalars.append(contentsOf: "ae".unicodeScalars)
            case "ł", "Ł": scalars.append("l")
            case "đ", "Đ": scalars.append("d")
            default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }
}
