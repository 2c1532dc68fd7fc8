import ClauseLint
import LintRules
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
exit(CommandLineTool(arguments: arguments).run())
