import Koppel
import KoppelCommands

KoppelSettings.current = .fromEnvironment()
InputFile.reserveStandardStreams()
KoppelCLI.main()
