import Testing
import VaporTesting
@testable import SolmuApp
