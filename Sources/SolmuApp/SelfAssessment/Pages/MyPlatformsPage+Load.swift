import Fluent
import Vapor

extension MyPlatformsPage {
    /// The platforms `owner` keeps, by name, each with how many times it was assessed and its latest overall score.
    static func load(owner: User, on database: any Database) async throws -> MyPlatformsPage {
        let rows = try await PlatformLoader.owned(by: owner, withAssessments: true, on: database).map { platform in
            let latest = platform.assessments.filter { $0.status == .completed }.max {
                ($0.completedAt ?? .distantPast) < ($1.completedAt ?? .distantPast)
            }
            return Row(
                id: platform.id ?? 0, name: platform.name, kind: platform.kind, assessments: platform.assessments.count,
                latestOverall: latest?.overall)
        }
        return MyPlatformsPage(platforms: rows)
    }
}
