# A `finally` body is compiled twice; the error is the first one in CPython's compile order.
try:
  pass
except E:
  pass
finally:
  try:
    pass
  except E:
    pass
  finally:
    try:
      pass
    except E:
      pass
    finally:
      try:
        pass
      except E:
        pass
      finally:
        try:
          pass
        except E:
          pass
        finally:
          try:
            pass
          except E:
            pass
          finally:
            try:
              pass
            except E:
              pass
            finally:
              try:
                pass
              except E:
                pass
              finally:
                try:
                  pass
                except E:
                  pass
                finally:
                  try:
                    pass
                  except E:
                    pass
                  finally:
                    try:
                      pass
                    except E:
                      pass
                    finally:
                      try:
                        pass
                      except E:
                        pass
                      finally:
                        try:
                          pass
                        except E:
                          pass
                        finally:
                          try:
                            pass
                          except E:
                            pass
                          finally:
                            try:
                              pass
                            except E:
                              pass
                            finally:
                              try:
                                pass
                              except E:
                                pass
                              finally:
                                try:
                                  pass
                                except E:
                                  pass
                                finally:
                                  try:
                                    pass
                                  except E:
                                    pass
                                  finally:
                                    try:
                                      pass
                                    except E:
                                      pass
                                    finally:
                                      try:
                                        pass
                                      except E:
                                        pass
                                      finally:
                                        pass
