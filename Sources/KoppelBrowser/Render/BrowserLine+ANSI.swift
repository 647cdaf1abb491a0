/// Turning styled lines into terminal bytes.
extension BrowserStyle {
    /// The SGR parameters for this style; nil for plain text.
    ///
    /// Without colour (`NO_COLOR`, `--no-color`) only attributes are used: the selection and the
    /// status line in reverse video, headers bold.
    public func sgr(color: Bool) -> String? {
        switch (self, color) {
        case (.plain, _): nil
        case (.header, true): "1;97;44"
        case (.header, false): "1;7"
        case (.selected, true): "30;46"
        case (.selected, false): "7"
        case (.dim, _): "2"
        case (.good, true): "32"
        case (.bad, true): "31"
        case (.partial, true): "33"
        case (.good, false), (.bad, false), (.partial, false): nil
        case (.emphasis, _): "1"
        case (.status, true): "30;47"
        case (.status, false): "7"
        case (.statusError, true): "1;97;41"
        case (.statusError, false): "1;7"
        }
    }
}

extension BrowserLine {
    /// The line with escape sequences for its styles.
    public func ansi(color: Bool) -> String {
        var out = ""
        for segment in segments {
            if let sgr = segment.style.sgr(color: color) {
                out += "\u{1B}[\(sgr)m" + segment.text + "\u{1B}[0m"
            } else {
                out += segment.text
            }
        }
        return out
    }
}
