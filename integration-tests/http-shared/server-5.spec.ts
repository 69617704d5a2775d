import { shareServer } from "../helpers/integration-runner"
import { filesOfServer } from "./servers"

shareServer(filesOfServer(5))
