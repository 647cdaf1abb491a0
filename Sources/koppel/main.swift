import Koppel
import KoppelCommands

InputFile.reserveStandardStreams()
KoppelCLI.main()
