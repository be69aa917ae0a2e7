import Testing

@testable import RelGraphCore

/// Periods, labels and calendar arithmetic. Expected ISO weeks and day numbers come from
/// Python 3 (`datetime.date.fromisoformat(s).isocalendar()` and days since 1970-01-01).
@Suite("Time slices")
struct TimeSliceTests {
    @Test(
        "ISO weeks at year boundaries",
        arguments: [
            ("2019-12-30", "2020-W01"), ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"),
            ("2020-12-31", "2020-W53"), ("2016-01-03", "2015-W53"), ("2015-12-31", "2015-W53"),
            ("2027-01-01", "2026-W53"), ("2026-12-28", "2026-W53"), ("2024-12-30", "2025-W01"),
            ("2000-02-29", "2000-W09"), ("1970-01-01", "1970-W01"), ("1969-12-31", "1970-W01"),
            ("2008-12-29", "2009-W01"), ("2010-01-03", "2009-W53"),
        ])
    func isoWeeks(date: String, label: String) {
        #expect(TimeSlice.week.period(of: date)?.description == label)
    }

    @Test("Days since 1970 and weekdays (Python's datetime)")
    func civilDays() {
        let cases: [(Int, Int, Int, Int, Int)] = [
            (2019, 12, 30, 18260, 1), (2021, 1, 3, 18630, 7), (2000, 2, 29, 11016, 2),
            (1970, 1, 1, 0, 4), (1969, 12, 31, -1, 3), (2027, 1, 1, 20819, 5),
        ]
        for (y, m, d, number, weekday) in cases {
            let day = CivilDay(year: y, month: m, day: d)
            #expect(day.number == number)
            #expect(day.isoWeekday == weekday)
            #expect(day.civil == (y, m, d))
        }
    }

    @Test("Every day from 1600 to 2400 round-trips and follows the previous one")
    func roundTrip() {
        var expected = CivilDay(year: 1600, month: 1, day: 1).number
        for year in 1600...2400 {
            for month in 1...12 {
                for day in 1...PartialDate.days(inMonth: month, year: year) {
                    let c = CivilDay(year: year, month: month, day: day)
                    #expect(c.number == expected)
                    if c.civil != (year, month, day) { Issue.record("\(year)-\(month)-\(day)") }
                    expected += 1
                }
            }
        }
    }

    @Test("First and last days")
    func bounds() throws {
        let cases: [(TimeSlice, String, String, String, String)] = [
            (.year, "2020-07-04", "2020", "2020-01-01", "2020-12-31"),
            (.quarter, "2020-02-29", "2020-Q1", "2020-01-01", "2020-03-31"),
            (.quarter, "2021-12", "2021-Q4", "2021-10-01", "2021-12-31"),
            (.month, "2020-02-10", "2020-02", "2020-02-01", "2020-02-29"),
            (.month, "2021-02", "2021-02", "2021-02-01", "2021-02-28"),
            (.month, "2020-12-31", "2020-12", "2020-12-01", "2020-12-31"),
            (.week, "2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"),
            (.week, "2020-01-29", "2020-W05", "2020-01-27", "2020-02-02"),
        ]
        for (slice, date, label, first, last) in cases {
            let p = try #require(slice.period(of: date))
            #expect(p.description == label)
            #expect(p.first == first)
            #expect(p.last == last)
            #expect(p.contains(date.count == 10 ? date : first))
            #expect(!p.contains(CivilDay(number: p.start.number - 1).text))
            #expect(!p.contains(CivilDay(number: p.end.number + 1).text))
        }
    }

    @Test("Documented examples")
    func docExamples() {
        #expect(TimeSlice.week.period(of: "2019-12-30")?.description == "2020-W01")
        #expect(TimeSlice.quarter.period(of: "2020-05")?.description == "2020-Q2")
        #expect(TimeSlice.month.period(of: "2020") == nil)
    }

    @Test("Dates less precise than the slice, and bad dates, have no period")
    func rejected() {
        #expect(TimeSlice.week.period(of: "2020-03") == nil)
        #expect(TimeSlice.week.period(of: "2020") == nil)
        #expect(TimeSlice.month.period(of: "2020") == nil)
        #expect(TimeSlice.quarter.period(of: "2020") == nil)
        #expect(TimeSlice.year.period(of: "2020")?.description == "2020")
        #expect(TimeSlice.quarter.period(of: "2020-04")?.description == "2020-Q2")
        for bad in ["", "2020-13-01", "2021-02-29", "20-01-01", "2020/01/01", "2020-01-01T10:00"] {
            #expect(TimeSlice.month.period(of: bad) == nil, "\(bad)")
        }
    }

    @Test("Ranges of periods include empty ones and cross years")
    func ranges() throws {
        func range(_ slice: TimeSlice, _ a: String, _ b: String) throws -> [String] {
            let from = try #require(slice.period(of: a)), through = try #require(slice.period(of: b))
            return slice.periods(from: from, through: through).map(\.description)
        }
        #expect(try range(.month, "2020-11", "2021-02") == ["2020-11", "2020-12", "2021-01", "2021-02"])
        #expect(try range(.quarter, "2020-08", "2021-01") == ["2020-Q3", "2020-Q4", "2021-Q1"])
        #expect(try range(.year, "2019", "2021") == ["2019", "2020", "2021"])
        #expect(try range(.week, "2020-12-21", "2021-01-11") == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"])
        #expect(try range(.month, "2021-02", "2020-11") == [])
        #expect(try range(.week, "2020-12-28", "2021-01-03") == ["2020-W53"])
    }

    @Test("Weeks are consecutive and seven days long for 30 years")
    func weeks() throws {
        let from = try #require(TimeSlice.week.period(of: "2000-01-03"))
        let through = try #require(TimeSlice.week.period(of: "2029-12-30"))
        let all = TimeSlice.week.periods(from: from, through: through)
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(a < b)
            #expect(b.start.number == a.end.number + 1)
            #expect(b.start.isoWeekday == 1)
            #expect(b.number == 1 ? (a.number == 52 || a.number == 53) && b.year == a.year + 1 : b.number == a.number + 1)
        }
        // 30 ISO years, 2000-W01 through 2029-W52, of which 2004, 2009, 2015, 2020 and 2026 have 53 weeks.
        #expect(all.count == 30 * 52 + 5)
    }

    @Test("Order and equality across slices")
    func order() throws {
        let month = try #require(TimeSlice.month.period(of: "2020-01"))
        let quarter = try #require(TimeSlice.quarter.period(of: "2020-01"))
        let year = try #require(TimeSlice.year.period(of: "2020"))
        #expect(month != quarter && quarter != year)
        #expect(month < quarter && quarter < year)
        #expect(month.next.description == "2020-02")
        #expect(TimeSlice.quarter.period(of: "2020-12")?.next.description == "2021-Q1")
    }
}
