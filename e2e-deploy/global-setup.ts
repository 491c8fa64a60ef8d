// Builds the image once for every deploy test (e2e-deploy/build-image.sh; cached layers make it
// seconds when .ci/run has built it already) and prints how long that took and its size.
// KEPT_DEPLOY_SKIP_BUILD=1 uses the image as it is (while changing only the tests).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { figure, IMAGE, podmanOk, root } from "./podman";

export default function globalSetup() {
  const started = Date.now();
  if (process.env.KEPT_DEPLOY_SKIP_BUILD === "1") return;
  execFileSync("bash", [path.join(root, "e2e-deploy/build-image.sh")], { cwd: root, stdio: "inherit" });
  figure("image build (s)", ((Date.now() - started) / 1000).toFixed(0));
  const bytes = Number(podmanOk(["image", "inspect", "--format", "{{.Size}}", IMAGE]));
  figure("image size (MB)", (bytes / 1e6).toFixed(0));
}
