"""Run one Processing algorithm in a headless QGIS, the way a Python script or the toolbox does; print timings as JSON.

    python3 bench/qgis_algorithm.py ALGORITHM_ID '{"PARAM": "value", ...}'

The plugin is loaded as qgis_process loads it (classFactory, then initProcessing). Prints the time to start QGIS and
Processing, and the time of processing.run alone: what a user of the QGIS toolbox waits for.
"""

import json
import os
import resource
import sys
import time

started = time.perf_counter()
from qgis.core import QgsApplication, QgsProcessingFeedback  # noqa: E402

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])  # the folder holding terrascope_s2
import processing  # noqa: E402
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import terrascope_s2  # noqa: E402

plugin = terrascope_s2.classFactory(None)
plugin.initProcessing()
ready = time.perf_counter()
ready_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # QGIS, Processing and the plugin, before the work
processing.run(sys.argv[1], json.loads(sys.argv[2]), feedback=QgsProcessingFeedback())
done = time.perf_counter()
print(json.dumps({"startup_s": ready - started, "algorithm_s": done - ready, "ready_mb": ready_mb}))
sys.stdout.flush()
os._exit(0)  # QGIS's exit handlers take ~0.1-0.3 s and sometimes crash headless: not what is measured
