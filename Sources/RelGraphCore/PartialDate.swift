/// A calendar date given to a precision of a year, a month or a day (`2021`, `2021-03`,
/// `2021-03-14`), as the date options (`--from`, `--to`, `--since`, `--until`) take it.
///
/// Only real dates parse: the month is 1–12 and the day exists in that month (29 February only
/// in leap years of the Gregorian calendar).
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible, LosslessStringConvertible {
    /// The year (0–9999).
    public let year: Int
    /// The month (1–12), or `nil` for a whole year.
    public let month: Int?
    /// The day of the month, or `nil` for a whole month or year.
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else or a date that does
    /// not exist.
    ///
    /// - Complexity: O(*n*) for a text of *n* bytes, read as bytes: every character of a date
    ///   is an ASCII digit or `-`, so a date is `dddd`, `dddd-dd` or `dddd-dd-dd`.
    public init?(_ text: String) {
        let n = text.utf8.count
        guard n == 4 || n == 7 || n == 10 else { return nil }
        var numbers = [0]
        for (k, b) in text.utf8.enumerated() {
            if k == 4 || k == 7 {
                guard b == 0x2D else { return nil }
                numbers.append(0)
            } else {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(b - 0x30)
            }
        }
        year = numbers[0]
        month = numbers.count > 1 ? numbers[1] : nil
        day = numbers.count > 2 ? numbers[2] : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.days(inMonth: month, year: year)).contains(day) { return nil }
    }

    /// The number of days of `month` in `year` (Gregorian calendar).
    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        var text = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        if let month { text += "-" + two(month) }
        if let day { text += "-" + two(day) }
        return text
    }

    /// Earlier start first; a coarser date before the finer dates it contains.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

/// An inclusive range of dates between two optional ``PartialDate`` bounds: `from` 2021-03
/// starts on 1 March 2021, `to` 2021-03 ends on 31 March 2021.
public struct DateRange: Sendable, Hashable {
    /// The first date in the range, or `nil` for no lower bound.
    public let from: PartialDate?
    /// The last date in the range (all of it, at its precision), or `nil` for no upper bound.
    public let to: PartialDate?

    /// The range between `from` and `to`, or `nil` when `to` ends before `from` starts.
    public init?(from: PartialDate?, to: PartialDate?) {
        if let from, let to {
            let f = from.description, t = to.description
            if f > t, !t.hasPrefix(f), !f.hasPrefix(t) { return nil }
        }
        self.from = from
        self.to = to
    }

    /// Whether an article date written `YYYY-MM-DD` (or a prefix of it) lies in the range. The
    /// comparison is on the text, at the precision of each bound.
    /// - Complexity: O(1).
    public func contains(_ date: String) -> Bool {
        if let from {
            let f = from.description
            if date < f, !date.hasPrefix(f) { return false }
        }
        if let to {
            let t = to.description
            if String(date.prefix(t.count)) > t { return false }
        }
        return true
    }
}
