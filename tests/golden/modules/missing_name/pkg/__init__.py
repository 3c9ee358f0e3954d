print("pkg runs")
